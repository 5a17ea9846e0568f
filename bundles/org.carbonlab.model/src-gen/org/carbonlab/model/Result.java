/**
 */
package org.carbonlab.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carbonlab.model.Result#getAnalysis <em>Analysis</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getStatus <em>Status</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getPath <em>Path</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getEstimatorVersion <em>Estimator Version</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getEstimatorId <em>Estimator Id</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getCarbonlabVersion <em>Carbonlab Version</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getElapsedMs <em>Elapsed Ms</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getParametersSha256 <em>Parameters Sha256</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getDatasetSha256 <em>Dataset Sha256</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getDataSha256 <em>Data Sha256</em>}</li>
 *   <li>{@link org.carbonlab.model.Result#getWeightMatrixSha256 <em>Weight Matrix Sha256</em>}</li>
 * </ul>
 *
 * @see org.carbonlab.model.ModelPackage#getResult()
 * @model
 * @generated
 */
public interface Result extends EObject {
	/**
	 * Returns the value of the '<em><b>Analysis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analysis</em>' reference.
	 * @see #setAnalysis(Analysis)
	 * @see org.carbonlab.model.ModelPackage#getResult_Analysis()
	 * @model
	 * @generated
	 */
	Analysis getAnalysis();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getAnalysis <em>Analysis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis</em>' reference.
	 * @see #getAnalysis()
	 * @generated
	 */
	void setAnalysis(Analysis value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.carbonlab.model.ResultStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.carbonlab.model.ResultStatus
	 * @see #setStatus(ResultStatus)
	 * @see org.carbonlab.model.ModelPackage#getResult_Status()
	 * @model
	 * @generated
	 */
	ResultStatus getStatus();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.carbonlab.model.ResultStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ResultStatus value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the result JSON was written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.carbonlab.model.ModelPackage#getResult_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.carbonlab.model.ModelPackage#getResult_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Warnings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warnings</em>' attribute list.
	 * @see org.carbonlab.model.ModelPackage#getResult_Warnings()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getWarnings();

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.carbonlab.model.ModelPackage#getResult_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Estimator Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimator Version</em>' attribute.
	 * @see #setEstimatorVersion(String)
	 * @see org.carbonlab.model.ModelPackage#getResult_EstimatorVersion()
	 * @model
	 * @generated
	 */
	String getEstimatorVersion();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getEstimatorVersion <em>Estimator Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimator Version</em>' attribute.
	 * @see #getEstimatorVersion()
	 * @generated
	 */
	void setEstimatorVersion(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 (hex) of the result JSON file as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.carbonlab.model.ModelPackage#getResult_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Estimator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the estimator that ran, e.g. panel.fe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimator Id</em>' attribute.
	 * @see #setEstimatorId(String)
	 * @see org.carbonlab.model.ModelPackage#getResult_EstimatorId()
	 * @model
	 * @generated
	 */
	String getEstimatorId();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getEstimatorId <em>Estimator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimator Id</em>' attribute.
	 * @see #getEstimatorId()
	 * @generated
	 */
	void setEstimatorId(String value);

	/**
	 * Returns the value of the '<em><b>Carbonlab Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of CarbonLab that ran the analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carbonlab Version</em>' attribute.
	 * @see #setCarbonlabVersion(String)
	 * @see org.carbonlab.model.ModelPackage#getResult_CarbonlabVersion()
	 * @model
	 * @generated
	 */
	String getCarbonlabVersion();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getCarbonlabVersion <em>Carbonlab Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carbonlab Version</em>' attribute.
	 * @see #getCarbonlabVersion()
	 * @generated
	 */
	void setCarbonlabVersion(String value);

	/**
	 * Returns the value of the '<em><b>Elapsed Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wall-clock time of the analysis in milliseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elapsed Ms</em>' attribute.
	 * @see #setElapsedMs(long)
	 * @see org.carbonlab.model.ModelPackage#getResult_ElapsedMs()
	 * @model
	 * @generated
	 */
	long getElapsedMs();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getElapsedMs <em>Elapsed Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Elapsed Ms</em>' attribute.
	 * @see #getElapsedMs()
	 * @generated
	 */
	void setElapsedMs(long value);

	/**
	 * Returns the value of the '<em><b>Parameters Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 (hex) of the analysis parameters as written in the study (name=value lines, sorted by name).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters Sha256</em>' attribute.
	 * @see #setParametersSha256(String)
	 * @see org.carbonlab.model.ModelPackage#getResult_ParametersSha256()
	 * @model
	 * @generated
	 */
	String getParametersSha256();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getParametersSha256 <em>Parameters Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameters Sha256</em>' attribute.
	 * @see #getParametersSha256()
	 * @generated
	 */
	void setParametersSha256(String value);

	/**
	 * Returns the value of the '<em><b>Dataset Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 (hex) of the dataset file the analysis read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dataset Sha256</em>' attribute.
	 * @see #setDatasetSha256(String)
	 * @see org.carbonlab.model.ModelPackage#getResult_DatasetSha256()
	 * @model
	 * @generated
	 */
	String getDatasetSha256();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getDatasetSha256 <em>Dataset Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset Sha256</em>' attribute.
	 * @see #getDatasetSha256()
	 * @generated
	 */
	void setDatasetSha256(String value);

	/**
	 * Returns the value of the '<em><b>Data Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 (hex) of the data as the estimator received it: the dataset with the derived variables and the outputs of earlier analyses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Sha256</em>' attribute.
	 * @see #setDataSha256(String)
	 * @see org.carbonlab.model.ModelPackage#getResult_DataSha256()
	 * @model
	 * @generated
	 */
	String getDataSha256();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getDataSha256 <em>Data Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Sha256</em>' attribute.
	 * @see #getDataSha256()
	 * @generated
	 */
	void setDataSha256(String value);

	/**
	 * Returns the value of the '<em><b>Weight Matrix Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 (hex) of the weight matrix the analysis used (empty when it used none).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Matrix Sha256</em>' attribute.
	 * @see #setWeightMatrixSha256(String)
	 * @see org.carbonlab.model.ModelPackage#getResult_WeightMatrixSha256()
	 * @model
	 * @generated
	 */
	String getWeightMatrixSha256();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Result#getWeightMatrixSha256 <em>Weight Matrix Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Matrix Sha256</em>' attribute.
	 * @see #getWeightMatrixSha256()
	 * @generated
	 */
	void setWeightMatrixSha256(String value);

} // Result

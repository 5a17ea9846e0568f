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

} // Result

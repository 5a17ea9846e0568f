/**
 */
package org.carbonlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carbonlab.model.Analysis#getName <em>Name</em>}</li>
 *   <li>{@link org.carbonlab.model.Analysis#getEstimatorId <em>Estimator Id</em>}</li>
 *   <li>{@link org.carbonlab.model.Analysis#getLabel <em>Label</em>}</li>
 *   <li>{@link org.carbonlab.model.Analysis#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.carbonlab.model.Analysis#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.carbonlab.model.Analysis#getWeightMatrix <em>Weight Matrix</em>}</li>
 *   <li>{@link org.carbonlab.model.Analysis#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.carbonlab.model.Analysis#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @see org.carbonlab.model.ModelPackage#getAnalysis()
 * @model
 * @generated
 */
public interface Analysis extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.carbonlab.model.ModelPackage#getAnalysis_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Analysis#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Estimator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the estimator, e.g. panel.fe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimator Id</em>' attribute.
	 * @see #setEstimatorId(String)
	 * @see org.carbonlab.model.ModelPackage#getAnalysis_EstimatorId()
	 * @model
	 * @generated
	 */
	String getEstimatorId();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Analysis#getEstimatorId <em>Estimator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimator Id</em>' attribute.
	 * @see #getEstimatorId()
	 * @generated
	 */
	void setEstimatorId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.carbonlab.model.ModelPackage#getAnalysis_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Analysis#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.carbonlab.model.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.carbonlab.model.ModelPackage#getAnalysis_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getParameters();

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' reference.
	 * @see #setDataset(Dataset)
	 * @see org.carbonlab.model.ModelPackage#getAnalysis_Dataset()
	 * @model
	 * @generated
	 */
	Dataset getDataset();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Analysis#getDataset <em>Dataset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(Dataset value);

	/**
	 * Returns the value of the '<em><b>Weight Matrix</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight Matrix</em>' reference.
	 * @see #setWeightMatrix(WeightMatrix)
	 * @see org.carbonlab.model.ModelPackage#getAnalysis_WeightMatrix()
	 * @model
	 * @generated
	 */
	WeightMatrix getWeightMatrix();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Analysis#getWeightMatrix <em>Weight Matrix</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Matrix</em>' reference.
	 * @see #getWeightMatrix()
	 * @generated
	 */
	void setWeightMatrix(WeightMatrix value);

	/**
	 * Returns the value of the '<em><b>Outputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.carbonlab.model.OutputBinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outputs</em>' containment reference list.
	 * @see org.carbonlab.model.ModelPackage#getAnalysis_Outputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<OutputBinding> getOutputs();

	/**
	 * Returns the value of the '<em><b>Result</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The latest result of this analysis (optional).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Result</em>' reference.
	 * @see #setResult(Result)
	 * @see org.carbonlab.model.ModelPackage#getAnalysis_Result()
	 * @model
	 * @generated
	 */
	Result getResult();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Analysis#getResult <em>Result</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' reference.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(Result value);

} // Analysis

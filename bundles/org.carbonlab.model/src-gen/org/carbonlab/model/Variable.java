/**
 */
package org.carbonlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carbonlab.model.Variable#getName <em>Name</em>}</li>
 *   <li>{@link org.carbonlab.model.Variable#getLabel <em>Label</em>}</li>
 *   <li>{@link org.carbonlab.model.Variable#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.carbonlab.model.Variable#getDerivation <em>Derivation</em>}</li>
 *   <li>{@link org.carbonlab.model.Variable#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.carbonlab.model.Variable#getProducedBy <em>Produced By</em>}</li>
 * </ul>
 *
 * @see org.carbonlab.model.ModelPackage#getVariable()
 * @model
 * @generated
 */
public interface Variable extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.carbonlab.model.ModelPackage#getVariable_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Variable#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.carbonlab.model.ModelPackage#getVariable_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Variable#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.carbonlab.model.ModelPackage#getVariable_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Variable#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Derivation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An expression in the formula language, e.g. log(co2/gdp) or winsor(x, 0.01, 0.99); empty for a raw column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Derivation</em>' attribute.
	 * @see #setDerivation(String)
	 * @see org.carbonlab.model.ModelPackage#getVariable_Derivation()
	 * @model
	 * @generated
	 */
	String getDerivation();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Variable#getDerivation <em>Derivation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derivation</em>' attribute.
	 * @see #getDerivation()
	 * @generated
	 */
	void setDerivation(String value);

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' reference.
	 * @see #setDataset(Dataset)
	 * @see org.carbonlab.model.ModelPackage#getVariable_Dataset()
	 * @model
	 * @generated
	 */
	Dataset getDataset();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Variable#getDataset <em>Dataset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(Dataset value);

	/**
	 * Returns the value of the '<em><b>Produced By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The analysis whose output defines this variable (optional).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Produced By</em>' reference.
	 * @see #setProducedBy(Analysis)
	 * @see org.carbonlab.model.ModelPackage#getVariable_ProducedBy()
	 * @model
	 * @generated
	 */
	Analysis getProducedBy();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Variable#getProducedBy <em>Produced By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Produced By</em>' reference.
	 * @see #getProducedBy()
	 * @generated
	 */
	void setProducedBy(Analysis value);

} // Variable

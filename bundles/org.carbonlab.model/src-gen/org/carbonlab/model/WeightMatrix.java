/**
 */
package org.carbonlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Weight Matrix</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carbonlab.model.WeightMatrix#getName <em>Name</em>}</li>
 *   <li>{@link org.carbonlab.model.WeightMatrix#getSource <em>Source</em>}</li>
 *   <li>{@link org.carbonlab.model.WeightMatrix#getKind <em>Kind</em>}</li>
 *   <li>{@link org.carbonlab.model.WeightMatrix#getStandardisation <em>Standardisation</em>}</li>
 *   <li>{@link org.carbonlab.model.WeightMatrix#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.carbonlab.model.WeightMatrix#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.carbonlab.model.WeightMatrix#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see org.carbonlab.model.ModelPackage#getWeightMatrix()
 * @model
 * @generated
 */
public interface WeightMatrix extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.carbonlab.model.ModelPackage#getWeightMatrix_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.WeightMatrix#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the file the matrix was read from (optional).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.carbonlab.model.ModelPackage#getWeightMatrix_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.WeightMatrix#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.carbonlab.model.WeightKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.carbonlab.model.WeightKind
	 * @see #setKind(WeightKind)
	 * @see org.carbonlab.model.ModelPackage#getWeightMatrix_Kind()
	 * @model
	 * @generated
	 */
	WeightKind getKind();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.WeightMatrix#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.carbonlab.model.WeightKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(WeightKind value);

	/**
	 * Returns the value of the '<em><b>Standardisation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.carbonlab.model.Standardisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standardisation</em>' attribute.
	 * @see org.carbonlab.model.Standardisation
	 * @see #setStandardisation(Standardisation)
	 * @see org.carbonlab.model.ModelPackage#getWeightMatrix_Standardisation()
	 * @model
	 * @generated
	 */
	Standardisation getStandardisation();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.WeightMatrix#getStandardisation <em>Standardisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standardisation</em>' attribute.
	 * @see org.carbonlab.model.Standardisation
	 * @see #getStandardisation()
	 * @generated
	 */
	void setStandardisation(Standardisation value);

	/**
	 * Returns the value of the '<em><b>Entities</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entities</em>' attribute list.
	 * @see org.carbonlab.model.ModelPackage#getWeightMatrix_Entities()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getEntities();

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.carbonlab.model.WeightEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.carbonlab.model.ModelPackage#getWeightMatrix_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<WeightEntry> getEntries();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.carbonlab.model.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameters of the spatial.weights builder (method, k, lat, lon, cutoff, ...): when given, the matrix is built from the analysis' dataset instead of read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.carbonlab.model.ModelPackage#getWeightMatrix_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getParameters();

} // WeightMatrix

/**
 */
package org.carbonlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A panel data set loaded from a CSV or XLSX file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carbonlab.model.Dataset#getName <em>Name</em>}</li>
 *   <li>{@link org.carbonlab.model.Dataset#getSource <em>Source</em>}</li>
 *   <li>{@link org.carbonlab.model.Dataset#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.carbonlab.model.Dataset#getEntityColumn <em>Entity Column</em>}</li>
 *   <li>{@link org.carbonlab.model.Dataset#getTimeColumn <em>Time Column</em>}</li>
 *   <li>{@link org.carbonlab.model.Dataset#getSheet <em>Sheet</em>}</li>
 *   <li>{@link org.carbonlab.model.Dataset#isBalanced <em>Balanced</em>}</li>
 *   <li>{@link org.carbonlab.model.Dataset#getNObs <em>NObs</em>}</li>
 *   <li>{@link org.carbonlab.model.Dataset#getNEntities <em>NEntities</em>}</li>
 *   <li>{@link org.carbonlab.model.Dataset#getNPeriods <em>NPeriods</em>}</li>
 * </ul>
 *
 * @see org.carbonlab.model.ModelPackage#getDataset()
 * @model
 * @generated
 */
public interface Dataset extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.carbonlab.model.ModelPackage#getDataset_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getName <em>Name</em>}' attribute.
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
	 * Path of the CSV/XLSX file, relative to the study file or absolute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.carbonlab.model.ModelPackage#getDataset_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 (hex) of the source file, recorded when it was loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.carbonlab.model.ModelPackage#getDataset_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Entity Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity Column</em>' attribute.
	 * @see #setEntityColumn(String)
	 * @see org.carbonlab.model.ModelPackage#getDataset_EntityColumn()
	 * @model
	 * @generated
	 */
	String getEntityColumn();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getEntityColumn <em>Entity Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity Column</em>' attribute.
	 * @see #getEntityColumn()
	 * @generated
	 */
	void setEntityColumn(String value);

	/**
	 * Returns the value of the '<em><b>Time Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Column</em>' attribute.
	 * @see #setTimeColumn(String)
	 * @see org.carbonlab.model.ModelPackage#getDataset_TimeColumn()
	 * @model
	 * @generated
	 */
	String getTimeColumn();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getTimeColumn <em>Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Column</em>' attribute.
	 * @see #getTimeColumn()
	 * @generated
	 */
	void setTimeColumn(String value);

	/**
	 * Returns the value of the '<em><b>Sheet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sheet name, for XLSX sources only (optional).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sheet</em>' attribute.
	 * @see #setSheet(String)
	 * @see org.carbonlab.model.ModelPackage#getDataset_Sheet()
	 * @model
	 * @generated
	 */
	String getSheet();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getSheet <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sheet</em>' attribute.
	 * @see #getSheet()
	 * @generated
	 */
	void setSheet(String value);

	/**
	 * Returns the value of the '<em><b>Balanced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recorded at load: whether every entity has every period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Balanced</em>' attribute.
	 * @see #setBalanced(boolean)
	 * @see org.carbonlab.model.ModelPackage#getDataset_Balanced()
	 * @model
	 * @generated
	 */
	boolean isBalanced();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#isBalanced <em>Balanced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Balanced</em>' attribute.
	 * @see #isBalanced()
	 * @generated
	 */
	void setBalanced(boolean value);

	/**
	 * Returns the value of the '<em><b>NObs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>NObs</em>' attribute.
	 * @see #setNObs(int)
	 * @see org.carbonlab.model.ModelPackage#getDataset_NObs()
	 * @model
	 * @generated
	 */
	int getNObs();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getNObs <em>NObs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>NObs</em>' attribute.
	 * @see #getNObs()
	 * @generated
	 */
	void setNObs(int value);

	/**
	 * Returns the value of the '<em><b>NEntities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>NEntities</em>' attribute.
	 * @see #setNEntities(int)
	 * @see org.carbonlab.model.ModelPackage#getDataset_NEntities()
	 * @model
	 * @generated
	 */
	int getNEntities();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getNEntities <em>NEntities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>NEntities</em>' attribute.
	 * @see #getNEntities()
	 * @generated
	 */
	void setNEntities(int value);

	/**
	 * Returns the value of the '<em><b>NPeriods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>NPeriods</em>' attribute.
	 * @see #setNPeriods(int)
	 * @see org.carbonlab.model.ModelPackage#getDataset_NPeriods()
	 * @model
	 * @generated
	 */
	int getNPeriods();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getNPeriods <em>NPeriods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>NPeriods</em>' attribute.
	 * @see #getNPeriods()
	 * @generated
	 */
	void setNPeriods(int value);

	/**
	 * Returns the value of the '<em><b>Joins</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Columns taken from other files by key, each FILE:KEYS[:unmatched=error|missing] (e.g. provinces.csv:province), FILE relative to the study file; applied in order before any variable is derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Joins</em>' attribute list.
	 * @see org.carbonlab.model.ModelPackage#getDataset_Joins()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getJoins();

	/**
	 * Returns the value of the '<em><b>HeaderRow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line (CSV) or row (XLSX) of the header; 0 (default) = the first filled one, a single-cell title above a wider row skipped. Command line: --header-row N.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>HeaderRow</em>' attribute.
	 * @see #setHeaderRow(int)
	 * @see org.carbonlab.model.ModelPackage#getDataset_HeaderRow()
	 * @model
	 * @generated
	 */
	int getHeaderRow();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getHeaderRow <em>HeaderRow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>HeaderRow</em>' attribute.
	 * @see #getHeaderRow()
	 * @generated
	 */
	void setHeaderRow(int value);

	/**
	 * Returns the value of the '<em><b>Skip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lines (CSV) or rows (XLSX) above the header to skip (skip N = headerRow N+1). Command line: --skip N.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skip</em>' attribute.
	 * @see #setSkip(int)
	 * @see org.carbonlab.model.ModelPackage#getDataset_Skip()
	 * @model
	 * @generated
	 */
	int getSkip();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getSkip <em>Skip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skip</em>' attribute.
	 * @see #getSkip()
	 * @generated
	 */
	void setSkip(int value);

	/**
	 * Returns the value of the '<em><b>TimeUnit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the periods a time column of dates becomes: year, quarter or month; empty = inferred from the dates. Command line: --time-unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>TimeUnit</em>' attribute.
	 * @see #setTimeUnit(String)
	 * @see org.carbonlab.model.ModelPackage#getDataset_TimeUnit()
	 * @model
	 * @generated
	 */
	String getTimeUnit();

	/**
	 * Sets the value of the '{@link org.carbonlab.model.Dataset#getTimeUnit <em>TimeUnit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>TimeUnit</em>' attribute.
	 * @see #getTimeUnit()
	 * @generated
	 */
	void setTimeUnit(String value);

} // Dataset

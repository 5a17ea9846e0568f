/**
 */
package org.carbonlab.model.impl;

import java.util.Collection;

import org.carbonlab.model.Dataset;
import org.carbonlab.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.carbonlab.model.impl.DatasetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.DatasetImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.DatasetImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.DatasetImpl#getEntityColumn <em>Entity Column</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.DatasetImpl#getTimeColumn <em>Time Column</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.DatasetImpl#getSheet <em>Sheet</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.DatasetImpl#isBalanced <em>Balanced</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.DatasetImpl#getNObs <em>NObs</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.DatasetImpl#getNEntities <em>NEntities</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.DatasetImpl#getNPeriods <em>NPeriods</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetImpl extends MinimalEObjectImpl.Container implements Dataset {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getEntityColumn() <em>Entity Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntityColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String ENTITY_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEntityColumn() <em>Entity Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntityColumn()
	 * @generated
	 * @ordered
	 */
	protected String entityColumn = ENTITY_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeColumn() <em>Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeColumn() <em>Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeColumn()
	 * @generated
	 * @ordered
	 */
	protected String timeColumn = TIME_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSheet() <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSheet()
	 * @generated
	 * @ordered
	 */
	protected static final String SHEET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSheet() <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSheet()
	 * @generated
	 * @ordered
	 */
	protected String sheet = SHEET_EDEFAULT;

	/**
	 * The default value of the '{@link #isBalanced() <em>Balanced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBalanced()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BALANCED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBalanced() <em>Balanced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBalanced()
	 * @generated
	 * @ordered
	 */
	protected boolean balanced = BALANCED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNObs() <em>NObs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNObs()
	 * @generated
	 * @ordered
	 */
	protected static final int NOBS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNObs() <em>NObs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNObs()
	 * @generated
	 * @ordered
	 */
	protected int nObs = NOBS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNEntities() <em>NEntities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNEntities()
	 * @generated
	 * @ordered
	 */
	protected static final int NENTITIES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNEntities() <em>NEntities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNEntities()
	 * @generated
	 * @ordered
	 */
	protected int nEntities = NENTITIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getNPeriods() <em>NPeriods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNPeriods()
	 * @generated
	 * @ordered
	 */
	protected static final int NPERIODS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNPeriods() <em>NPeriods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNPeriods()
	 * @generated
	 * @ordered
	 */
	protected int nPeriods = NPERIODS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getJoins() <em>Joins</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoins()
	 * @generated
	 * @ordered
	 */
	protected EList<String> joins;

	/**
	 * The default value of the '{@link #getHeaderRow() <em>HeaderRow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeaderRow()
	 * @generated
	 * @ordered
	 */
	protected static final int HEADER_ROW_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeaderRow() <em>HeaderRow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeaderRow()
	 * @generated
	 * @ordered
	 */
	protected int headerRow = HEADER_ROW_EDEFAULT;

	/**
	 * The default value of the '{@link #getSkip() <em>Skip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkip()
	 * @generated
	 * @ordered
	 */
	protected static final int SKIP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSkip() <em>Skip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkip()
	 * @generated
	 * @ordered
	 */
	protected int skip = SKIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeUnit() <em>TimeUnit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeUnit() <em>TimeUnit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeUnit()
	 * @generated
	 * @ordered
	 */
	protected String timeUnit = TIME_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.DATASET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEntityColumn() {
		return entityColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntityColumn(String newEntityColumn) {
		String oldEntityColumn = entityColumn;
		entityColumn = newEntityColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__ENTITY_COLUMN, oldEntityColumn, entityColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeColumn() {
		return timeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeColumn(String newTimeColumn) {
		String oldTimeColumn = timeColumn;
		timeColumn = newTimeColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__TIME_COLUMN, oldTimeColumn, timeColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSheet() {
		return sheet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSheet(String newSheet) {
		String oldSheet = sheet;
		sheet = newSheet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__SHEET, oldSheet, sheet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBalanced() {
		return balanced;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBalanced(boolean newBalanced) {
		boolean oldBalanced = balanced;
		balanced = newBalanced;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__BALANCED, oldBalanced, balanced));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNObs() {
		return nObs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNObs(int newNObs) {
		int oldNObs = nObs;
		nObs = newNObs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__NOBS, oldNObs, nObs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNEntities() {
		return nEntities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNEntities(int newNEntities) {
		int oldNEntities = nEntities;
		nEntities = newNEntities;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__NENTITIES, oldNEntities, nEntities));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNPeriods() {
		return nPeriods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNPeriods(int newNPeriods) {
		int oldNPeriods = nPeriods;
		nPeriods = newNPeriods;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__NPERIODS, oldNPeriods, nPeriods));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getJoins() {
		if (joins == null) {
			joins = new EDataTypeEList<String>(String.class, this, ModelPackage.DATASET__JOINS);
		}
		return joins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeaderRow() {
		return headerRow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeaderRow(int newHeaderRow) {
		int oldHeaderRow = headerRow;
		headerRow = newHeaderRow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__HEADER_ROW, oldHeaderRow, headerRow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSkip() {
		return skip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkip(int newSkip) {
		int oldSkip = skip;
		skip = newSkip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__SKIP, oldSkip, skip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeUnit() {
		return timeUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeUnit(String newTimeUnit) {
		String oldTimeUnit = timeUnit;
		timeUnit = newTimeUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__TIME_UNIT, oldTimeUnit, timeUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.DATASET__NAME:
				return getName();
			case ModelPackage.DATASET__SOURCE:
				return getSource();
			case ModelPackage.DATASET__SHA256:
				return getSha256();
			case ModelPackage.DATASET__ENTITY_COLUMN:
				return getEntityColumn();
			case ModelPackage.DATASET__TIME_COLUMN:
				return getTimeColumn();
			case ModelPackage.DATASET__SHEET:
				return getSheet();
			case ModelPackage.DATASET__BALANCED:
				return isBalanced();
			case ModelPackage.DATASET__NOBS:
				return getNObs();
			case ModelPackage.DATASET__NENTITIES:
				return getNEntities();
			case ModelPackage.DATASET__NPERIODS:
				return getNPeriods();
			case ModelPackage.DATASET__JOINS:
				return getJoins();
			case ModelPackage.DATASET__HEADER_ROW:
				return getHeaderRow();
			case ModelPackage.DATASET__SKIP:
				return getSkip();
			case ModelPackage.DATASET__TIME_UNIT:
				return getTimeUnit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.DATASET__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.DATASET__SOURCE:
				setSource((String)newValue);
				return;
			case ModelPackage.DATASET__SHA256:
				setSha256((String)newValue);
				return;
			case ModelPackage.DATASET__ENTITY_COLUMN:
				setEntityColumn((String)newValue);
				return;
			case ModelPackage.DATASET__TIME_COLUMN:
				setTimeColumn((String)newValue);
				return;
			case ModelPackage.DATASET__SHEET:
				setSheet((String)newValue);
				return;
			case ModelPackage.DATASET__BALANCED:
				setBalanced((Boolean)newValue);
				return;
			case ModelPackage.DATASET__NOBS:
				setNObs((Integer)newValue);
				return;
			case ModelPackage.DATASET__NENTITIES:
				setNEntities((Integer)newValue);
				return;
			case ModelPackage.DATASET__NPERIODS:
				setNPeriods((Integer)newValue);
				return;
			case ModelPackage.DATASET__JOINS:
				getJoins().clear();
				getJoins().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.DATASET__HEADER_ROW:
				setHeaderRow((Integer)newValue);
				return;
			case ModelPackage.DATASET__SKIP:
				setSkip((Integer)newValue);
				return;
			case ModelPackage.DATASET__TIME_UNIT:
				setTimeUnit((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.DATASET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.DATASET__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ModelPackage.DATASET__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case ModelPackage.DATASET__ENTITY_COLUMN:
				setEntityColumn(ENTITY_COLUMN_EDEFAULT);
				return;
			case ModelPackage.DATASET__TIME_COLUMN:
				setTimeColumn(TIME_COLUMN_EDEFAULT);
				return;
			case ModelPackage.DATASET__SHEET:
				setSheet(SHEET_EDEFAULT);
				return;
			case ModelPackage.DATASET__BALANCED:
				setBalanced(BALANCED_EDEFAULT);
				return;
			case ModelPackage.DATASET__NOBS:
				setNObs(NOBS_EDEFAULT);
				return;
			case ModelPackage.DATASET__NENTITIES:
				setNEntities(NENTITIES_EDEFAULT);
				return;
			case ModelPackage.DATASET__NPERIODS:
				setNPeriods(NPERIODS_EDEFAULT);
				return;
			case ModelPackage.DATASET__JOINS:
				getJoins().clear();
				return;
			case ModelPackage.DATASET__HEADER_ROW:
				setHeaderRow(HEADER_ROW_EDEFAULT);
				return;
			case ModelPackage.DATASET__SKIP:
				setSkip(SKIP_EDEFAULT);
				return;
			case ModelPackage.DATASET__TIME_UNIT:
				setTimeUnit(TIME_UNIT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.DATASET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.DATASET__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ModelPackage.DATASET__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case ModelPackage.DATASET__ENTITY_COLUMN:
				return ENTITY_COLUMN_EDEFAULT == null ? entityColumn != null : !ENTITY_COLUMN_EDEFAULT.equals(entityColumn);
			case ModelPackage.DATASET__TIME_COLUMN:
				return TIME_COLUMN_EDEFAULT == null ? timeColumn != null : !TIME_COLUMN_EDEFAULT.equals(timeColumn);
			case ModelPackage.DATASET__SHEET:
				return SHEET_EDEFAULT == null ? sheet != null : !SHEET_EDEFAULT.equals(sheet);
			case ModelPackage.DATASET__BALANCED:
				return balanced != BALANCED_EDEFAULT;
			case ModelPackage.DATASET__NOBS:
				return nObs != NOBS_EDEFAULT;
			case ModelPackage.DATASET__NENTITIES:
				return nEntities != NENTITIES_EDEFAULT;
			case ModelPackage.DATASET__NPERIODS:
				return nPeriods != NPERIODS_EDEFAULT;
			case ModelPackage.DATASET__JOINS:
				return joins != null && !joins.isEmpty();
			case ModelPackage.DATASET__HEADER_ROW:
				return headerRow != HEADER_ROW_EDEFAULT;
			case ModelPackage.DATASET__SKIP:
				return skip != SKIP_EDEFAULT;
			case ModelPackage.DATASET__TIME_UNIT:
				return TIME_UNIT_EDEFAULT == null ? timeUnit != null : !TIME_UNIT_EDEFAULT.equals(timeUnit);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", source: ");
		result.append(source);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", entityColumn: ");
		result.append(entityColumn);
		result.append(", timeColumn: ");
		result.append(timeColumn);
		result.append(", sheet: ");
		result.append(sheet);
		result.append(", balanced: ");
		result.append(balanced);
		result.append(", nObs: ");
		result.append(nObs);
		result.append(", nEntities: ");
		result.append(nEntities);
		result.append(", nPeriods: ");
		result.append(nPeriods);
		result.append(", joins: ");
		result.append(joins);
		result.append(", headerRow: ");
		result.append(headerRow);
		result.append(", skip: ");
		result.append(skip);
		result.append(", timeUnit: ");
		result.append(timeUnit);
		result.append(')');
		return result.toString();
	}

} //DatasetImpl

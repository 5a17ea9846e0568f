/**
 */
package org.carbonlab.model.impl;

import java.util.Collection;

import org.carbonlab.model.ModelPackage;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.Standardisation;
import org.carbonlab.model.WeightEntry;
import org.carbonlab.model.WeightKind;
import org.carbonlab.model.WeightMatrix;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Weight Matrix</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.carbonlab.model.impl.WeightMatrixImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.WeightMatrixImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.WeightMatrixImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.WeightMatrixImpl#getStandardisation <em>Standardisation</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.WeightMatrixImpl#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.WeightMatrixImpl#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.WeightMatrixImpl#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WeightMatrixImpl extends MinimalEObjectImpl.Container implements WeightMatrix {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final WeightKind KIND_EDEFAULT = WeightKind.CONTIGUITY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected WeightKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStandardisation() <em>Standardisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardisation()
	 * @generated
	 * @ordered
	 */
	protected static final Standardisation STANDARDISATION_EDEFAULT = Standardisation.NONE;

	/**
	 * The cached value of the '{@link #getStandardisation() <em>Standardisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardisation()
	 * @generated
	 * @ordered
	 */
	protected Standardisation standardisation = STANDARDISATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntities() <em>Entities</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntities()
	 * @generated
	 * @ordered
	 */
	protected EList<String> entities;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<WeightEntry> entries;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterValue> parameters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WeightMatrixImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.WEIGHT_MATRIX;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.WEIGHT_MATRIX__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.WEIGHT_MATRIX__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WeightKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(WeightKind newKind) {
		WeightKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.WEIGHT_MATRIX__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Standardisation getStandardisation() {
		return standardisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStandardisation(Standardisation newStandardisation) {
		Standardisation oldStandardisation = standardisation;
		standardisation = newStandardisation == null ? STANDARDISATION_EDEFAULT : newStandardisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.WEIGHT_MATRIX__STANDARDISATION, oldStandardisation, standardisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEntities() {
		if (entities == null) {
			entities = new EDataTypeEList<String>(String.class, this, ModelPackage.WEIGHT_MATRIX__ENTITIES);
		}
		return entities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WeightEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<WeightEntry>(WeightEntry.class, this, ModelPackage.WEIGHT_MATRIX__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, ModelPackage.WEIGHT_MATRIX__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.WEIGHT_MATRIX__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
			case ModelPackage.WEIGHT_MATRIX__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.WEIGHT_MATRIX__NAME:
				return getName();
			case ModelPackage.WEIGHT_MATRIX__SOURCE:
				return getSource();
			case ModelPackage.WEIGHT_MATRIX__KIND:
				return getKind();
			case ModelPackage.WEIGHT_MATRIX__STANDARDISATION:
				return getStandardisation();
			case ModelPackage.WEIGHT_MATRIX__ENTITIES:
				return getEntities();
			case ModelPackage.WEIGHT_MATRIX__ENTRIES:
				return getEntries();
			case ModelPackage.WEIGHT_MATRIX__PARAMETERS:
				return getParameters();
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
			case ModelPackage.WEIGHT_MATRIX__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.WEIGHT_MATRIX__SOURCE:
				setSource((String)newValue);
				return;
			case ModelPackage.WEIGHT_MATRIX__KIND:
				setKind((WeightKind)newValue);
				return;
			case ModelPackage.WEIGHT_MATRIX__STANDARDISATION:
				setStandardisation((Standardisation)newValue);
				return;
			case ModelPackage.WEIGHT_MATRIX__ENTITIES:
				getEntities().clear();
				getEntities().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.WEIGHT_MATRIX__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends WeightEntry>)newValue);
				return;
			case ModelPackage.WEIGHT_MATRIX__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends ParameterValue>)newValue);
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
			case ModelPackage.WEIGHT_MATRIX__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.WEIGHT_MATRIX__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ModelPackage.WEIGHT_MATRIX__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.WEIGHT_MATRIX__STANDARDISATION:
				setStandardisation(STANDARDISATION_EDEFAULT);
				return;
			case ModelPackage.WEIGHT_MATRIX__ENTITIES:
				getEntities().clear();
				return;
			case ModelPackage.WEIGHT_MATRIX__ENTRIES:
				getEntries().clear();
				return;
			case ModelPackage.WEIGHT_MATRIX__PARAMETERS:
				getParameters().clear();
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
			case ModelPackage.WEIGHT_MATRIX__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.WEIGHT_MATRIX__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ModelPackage.WEIGHT_MATRIX__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.WEIGHT_MATRIX__STANDARDISATION:
				return standardisation != STANDARDISATION_EDEFAULT;
			case ModelPackage.WEIGHT_MATRIX__ENTITIES:
				return entities != null && !entities.isEmpty();
			case ModelPackage.WEIGHT_MATRIX__ENTRIES:
				return entries != null && !entries.isEmpty();
			case ModelPackage.WEIGHT_MATRIX__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", standardisation: ");
		result.append(standardisation);
		result.append(", entities: ");
		result.append(entities);
		result.append(')');
		return result.toString();
	}

} //WeightMatrixImpl

/**
 */
package org.carbonlab.model.impl;

import java.util.Collection;

import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.ModelPackage;
import org.carbonlab.model.OutputBinding;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.Result;
import org.carbonlab.model.WeightMatrix;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.carbonlab.model.impl.AnalysisImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.AnalysisImpl#getEstimatorId <em>Estimator Id</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.AnalysisImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.AnalysisImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.AnalysisImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.AnalysisImpl#getWeightMatrix <em>Weight Matrix</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.AnalysisImpl#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.AnalysisImpl#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalysisImpl extends MinimalEObjectImpl.Container implements Analysis {
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
	 * The default value of the '{@link #getEstimatorId() <em>Estimator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatorId()
	 * @generated
	 * @ordered
	 */
	protected static final String ESTIMATOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimatorId() <em>Estimator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatorId()
	 * @generated
	 * @ordered
	 */
	protected String estimatorId = ESTIMATOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

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
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected Dataset dataset;

	/**
	 * The cached value of the '{@link #getWeightMatrix() <em>Weight Matrix</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightMatrix()
	 * @generated
	 * @ordered
	 */
	protected WeightMatrix weightMatrix;

	/**
	 * The cached value of the '{@link #getOutputs() <em>Outputs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputs()
	 * @generated
	 * @ordered
	 */
	protected EList<OutputBinding> outputs;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected Result result;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ANALYSIS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANALYSIS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEstimatorId() {
		return estimatorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatorId(String newEstimatorId) {
		String oldEstimatorId = estimatorId;
		estimatorId = newEstimatorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANALYSIS__ESTIMATOR_ID, oldEstimatorId, estimatorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANALYSIS__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, ModelPackage.ANALYSIS__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dataset getDataset() {
		if (dataset != null && dataset.eIsProxy()) {
			InternalEObject oldDataset = (InternalEObject)dataset;
			dataset = (Dataset)eResolveProxy(oldDataset);
			if (dataset != oldDataset) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ANALYSIS__DATASET, oldDataset, dataset));
			}
		}
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Dataset basicGetDataset() {
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataset(Dataset newDataset) {
		Dataset oldDataset = dataset;
		dataset = newDataset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANALYSIS__DATASET, oldDataset, dataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WeightMatrix getWeightMatrix() {
		if (weightMatrix != null && weightMatrix.eIsProxy()) {
			InternalEObject oldWeightMatrix = (InternalEObject)weightMatrix;
			weightMatrix = (WeightMatrix)eResolveProxy(oldWeightMatrix);
			if (weightMatrix != oldWeightMatrix) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ANALYSIS__WEIGHT_MATRIX, oldWeightMatrix, weightMatrix));
			}
		}
		return weightMatrix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WeightMatrix basicGetWeightMatrix() {
		return weightMatrix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightMatrix(WeightMatrix newWeightMatrix) {
		WeightMatrix oldWeightMatrix = weightMatrix;
		weightMatrix = newWeightMatrix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANALYSIS__WEIGHT_MATRIX, oldWeightMatrix, weightMatrix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OutputBinding> getOutputs() {
		if (outputs == null) {
			outputs = new EObjectContainmentEList<OutputBinding>(OutputBinding.class, this, ModelPackage.ANALYSIS__OUTPUTS);
		}
		return outputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Result getResult() {
		if (result != null && result.eIsProxy()) {
			InternalEObject oldResult = (InternalEObject)result;
			result = (Result)eResolveProxy(oldResult);
			if (result != oldResult) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ANALYSIS__RESULT, oldResult, result));
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Result basicGetResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(Result newResult) {
		Result oldResult = result;
		result = newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANALYSIS__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.ANALYSIS__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case ModelPackage.ANALYSIS__OUTPUTS:
				return ((InternalEList<?>)getOutputs()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.ANALYSIS__NAME:
				return getName();
			case ModelPackage.ANALYSIS__ESTIMATOR_ID:
				return getEstimatorId();
			case ModelPackage.ANALYSIS__LABEL:
				return getLabel();
			case ModelPackage.ANALYSIS__PARAMETERS:
				return getParameters();
			case ModelPackage.ANALYSIS__DATASET:
				if (resolve) return getDataset();
				return basicGetDataset();
			case ModelPackage.ANALYSIS__WEIGHT_MATRIX:
				if (resolve) return getWeightMatrix();
				return basicGetWeightMatrix();
			case ModelPackage.ANALYSIS__OUTPUTS:
				return getOutputs();
			case ModelPackage.ANALYSIS__RESULT:
				if (resolve) return getResult();
				return basicGetResult();
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
			case ModelPackage.ANALYSIS__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.ANALYSIS__ESTIMATOR_ID:
				setEstimatorId((String)newValue);
				return;
			case ModelPackage.ANALYSIS__LABEL:
				setLabel((String)newValue);
				return;
			case ModelPackage.ANALYSIS__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends ParameterValue>)newValue);
				return;
			case ModelPackage.ANALYSIS__DATASET:
				setDataset((Dataset)newValue);
				return;
			case ModelPackage.ANALYSIS__WEIGHT_MATRIX:
				setWeightMatrix((WeightMatrix)newValue);
				return;
			case ModelPackage.ANALYSIS__OUTPUTS:
				getOutputs().clear();
				getOutputs().addAll((Collection<? extends OutputBinding>)newValue);
				return;
			case ModelPackage.ANALYSIS__RESULT:
				setResult((Result)newValue);
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
			case ModelPackage.ANALYSIS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.ANALYSIS__ESTIMATOR_ID:
				setEstimatorId(ESTIMATOR_ID_EDEFAULT);
				return;
			case ModelPackage.ANALYSIS__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ModelPackage.ANALYSIS__PARAMETERS:
				getParameters().clear();
				return;
			case ModelPackage.ANALYSIS__DATASET:
				setDataset((Dataset)null);
				return;
			case ModelPackage.ANALYSIS__WEIGHT_MATRIX:
				setWeightMatrix((WeightMatrix)null);
				return;
			case ModelPackage.ANALYSIS__OUTPUTS:
				getOutputs().clear();
				return;
			case ModelPackage.ANALYSIS__RESULT:
				setResult((Result)null);
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
			case ModelPackage.ANALYSIS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.ANALYSIS__ESTIMATOR_ID:
				return ESTIMATOR_ID_EDEFAULT == null ? estimatorId != null : !ESTIMATOR_ID_EDEFAULT.equals(estimatorId);
			case ModelPackage.ANALYSIS__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ModelPackage.ANALYSIS__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ModelPackage.ANALYSIS__DATASET:
				return dataset != null;
			case ModelPackage.ANALYSIS__WEIGHT_MATRIX:
				return weightMatrix != null;
			case ModelPackage.ANALYSIS__OUTPUTS:
				return outputs != null && !outputs.isEmpty();
			case ModelPackage.ANALYSIS__RESULT:
				return result != null;
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
		result.append(", estimatorId: ");
		result.append(estimatorId);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //AnalysisImpl

/**
 */
package org.carbonlab.model.impl;

import java.util.Collection;
import java.util.Date;

import org.carbonlab.model.Analysis;
import org.carbonlab.model.ModelPackage;
import org.carbonlab.model.Result;
import org.carbonlab.model.ResultStatus;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getAnalysis <em>Analysis</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getEstimatorVersion <em>Estimator Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResultImpl extends MinimalEObjectImpl.Container implements Result {
	/**
	 * The cached value of the '{@link #getAnalysis() <em>Analysis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysis()
	 * @generated
	 * @ordered
	 */
	protected Analysis analysis;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ResultStatus STATUS_EDEFAULT = ResultStatus.OK;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ResultStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWarnings() <em>Warnings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> warnings;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimatorVersion() <em>Estimator Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatorVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ESTIMATOR_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimatorVersion() <em>Estimator Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatorVersion()
	 * @generated
	 * @ordered
	 */
	protected String estimatorVersion = ESTIMATOR_VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Analysis getAnalysis() {
		if (analysis != null && analysis.eIsProxy()) {
			InternalEObject oldAnalysis = (InternalEObject)analysis;
			analysis = (Analysis)eResolveProxy(oldAnalysis);
			if (analysis != oldAnalysis) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.RESULT__ANALYSIS, oldAnalysis, analysis));
			}
		}
		return analysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Analysis basicGetAnalysis() {
		return analysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalysis(Analysis newAnalysis) {
		Analysis oldAnalysis = analysis;
		analysis = newAnalysis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__ANALYSIS, oldAnalysis, analysis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResultStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ResultStatus newStatus) {
		ResultStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWarnings() {
		if (warnings == null) {
			warnings = new EDataTypeEList<String>(String.class, this, ModelPackage.RESULT__WARNINGS);
		}
		return warnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEstimatorVersion() {
		return estimatorVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatorVersion(String newEstimatorVersion) {
		String oldEstimatorVersion = estimatorVersion;
		estimatorVersion = newEstimatorVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__ESTIMATOR_VERSION, oldEstimatorVersion, estimatorVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.RESULT__ANALYSIS:
				if (resolve) return getAnalysis();
				return basicGetAnalysis();
			case ModelPackage.RESULT__STATUS:
				return getStatus();
			case ModelPackage.RESULT__PATH:
				return getPath();
			case ModelPackage.RESULT__SUMMARY:
				return getSummary();
			case ModelPackage.RESULT__WARNINGS:
				return getWarnings();
			case ModelPackage.RESULT__CREATED_AT:
				return getCreatedAt();
			case ModelPackage.RESULT__ESTIMATOR_VERSION:
				return getEstimatorVersion();
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
			case ModelPackage.RESULT__ANALYSIS:
				setAnalysis((Analysis)newValue);
				return;
			case ModelPackage.RESULT__STATUS:
				setStatus((ResultStatus)newValue);
				return;
			case ModelPackage.RESULT__PATH:
				setPath((String)newValue);
				return;
			case ModelPackage.RESULT__SUMMARY:
				setSummary((String)newValue);
				return;
			case ModelPackage.RESULT__WARNINGS:
				getWarnings().clear();
				getWarnings().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.RESULT__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case ModelPackage.RESULT__ESTIMATOR_VERSION:
				setEstimatorVersion((String)newValue);
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
			case ModelPackage.RESULT__ANALYSIS:
				setAnalysis((Analysis)null);
				return;
			case ModelPackage.RESULT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ModelPackage.RESULT__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case ModelPackage.RESULT__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case ModelPackage.RESULT__WARNINGS:
				getWarnings().clear();
				return;
			case ModelPackage.RESULT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case ModelPackage.RESULT__ESTIMATOR_VERSION:
				setEstimatorVersion(ESTIMATOR_VERSION_EDEFAULT);
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
			case ModelPackage.RESULT__ANALYSIS:
				return analysis != null;
			case ModelPackage.RESULT__STATUS:
				return status != STATUS_EDEFAULT;
			case ModelPackage.RESULT__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case ModelPackage.RESULT__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case ModelPackage.RESULT__WARNINGS:
				return warnings != null && !warnings.isEmpty();
			case ModelPackage.RESULT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case ModelPackage.RESULT__ESTIMATOR_VERSION:
				return ESTIMATOR_VERSION_EDEFAULT == null ? estimatorVersion != null : !ESTIMATOR_VERSION_EDEFAULT.equals(estimatorVersion);
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
		result.append(" (status: ");
		result.append(status);
		result.append(", path: ");
		result.append(path);
		result.append(", summary: ");
		result.append(summary);
		result.append(", warnings: ");
		result.append(warnings);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", estimatorVersion: ");
		result.append(estimatorVersion);
		result.append(')');
		return result.toString();
	}

} //ResultImpl

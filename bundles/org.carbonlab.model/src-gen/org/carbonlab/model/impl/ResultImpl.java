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
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getEstimatorId <em>Estimator Id</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getCarbonlabVersion <em>Carbonlab Version</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getElapsedMs <em>Elapsed Ms</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getParametersSha256 <em>Parameters Sha256</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getDatasetSha256 <em>Dataset Sha256</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getDataSha256 <em>Data Sha256</em>}</li>
 *   <li>{@link org.carbonlab.model.impl.ResultImpl#getWeightMatrixSha256 <em>Weight Matrix Sha256</em>}</li>
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
	 * The default value of the '{@link #getCarbonlabVersion() <em>Carbonlab Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarbonlabVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CARBONLAB_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCarbonlabVersion() <em>Carbonlab Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarbonlabVersion()
	 * @generated
	 * @ordered
	 */
	protected String carbonlabVersion = CARBONLAB_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getElapsedMs() <em>Elapsed Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElapsedMs()
	 * @generated
	 * @ordered
	 */
	protected static final long ELAPSED_MS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getElapsedMs() <em>Elapsed Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElapsedMs()
	 * @generated
	 * @ordered
	 */
	protected long elapsedMs = ELAPSED_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getParametersSha256() <em>Parameters Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParametersSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETERS_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParametersSha256() <em>Parameters Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParametersSha256()
	 * @generated
	 * @ordered
	 */
	protected String parametersSha256 = PARAMETERS_SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getDatasetSha256() <em>Dataset Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatasetSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String DATASET_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDatasetSha256() <em>Dataset Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatasetSha256()
	 * @generated
	 * @ordered
	 */
	protected String datasetSha256 = DATASET_SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataSha256() <em>Data Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataSha256() <em>Data Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSha256()
	 * @generated
	 * @ordered
	 */
	protected String dataSha256 = DATA_SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightMatrixSha256() <em>Weight Matrix Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightMatrixSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String WEIGHT_MATRIX_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeightMatrixSha256() <em>Weight Matrix Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightMatrixSha256()
	 * @generated
	 * @ordered
	 */
	protected String weightMatrixSha256 = WEIGHT_MATRIX_SHA256_EDEFAULT;

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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__SHA256, oldSha256, sha256));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__ESTIMATOR_ID, oldEstimatorId, estimatorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCarbonlabVersion() {
		return carbonlabVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarbonlabVersion(String newCarbonlabVersion) {
		String oldCarbonlabVersion = carbonlabVersion;
		carbonlabVersion = newCarbonlabVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__CARBONLAB_VERSION, oldCarbonlabVersion, carbonlabVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getElapsedMs() {
		return elapsedMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElapsedMs(long newElapsedMs) {
		long oldElapsedMs = elapsedMs;
		elapsedMs = newElapsedMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__ELAPSED_MS, oldElapsedMs, elapsedMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParametersSha256() {
		return parametersSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParametersSha256(String newParametersSha256) {
		String oldParametersSha256 = parametersSha256;
		parametersSha256 = newParametersSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__PARAMETERS_SHA256, oldParametersSha256, parametersSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDatasetSha256() {
		return datasetSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatasetSha256(String newDatasetSha256) {
		String oldDatasetSha256 = datasetSha256;
		datasetSha256 = newDatasetSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__DATASET_SHA256, oldDatasetSha256, datasetSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataSha256() {
		return dataSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSha256(String newDataSha256) {
		String oldDataSha256 = dataSha256;
		dataSha256 = newDataSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__DATA_SHA256, oldDataSha256, dataSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWeightMatrixSha256() {
		return weightMatrixSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightMatrixSha256(String newWeightMatrixSha256) {
		String oldWeightMatrixSha256 = weightMatrixSha256;
		weightMatrixSha256 = newWeightMatrixSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESULT__WEIGHT_MATRIX_SHA256, oldWeightMatrixSha256, weightMatrixSha256));
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
			case ModelPackage.RESULT__SHA256:
				return getSha256();
			case ModelPackage.RESULT__ESTIMATOR_ID:
				return getEstimatorId();
			case ModelPackage.RESULT__CARBONLAB_VERSION:
				return getCarbonlabVersion();
			case ModelPackage.RESULT__ELAPSED_MS:
				return getElapsedMs();
			case ModelPackage.RESULT__PARAMETERS_SHA256:
				return getParametersSha256();
			case ModelPackage.RESULT__DATASET_SHA256:
				return getDatasetSha256();
			case ModelPackage.RESULT__DATA_SHA256:
				return getDataSha256();
			case ModelPackage.RESULT__WEIGHT_MATRIX_SHA256:
				return getWeightMatrixSha256();
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
			case ModelPackage.RESULT__SHA256:
				setSha256((String)newValue);
				return;
			case ModelPackage.RESULT__ESTIMATOR_ID:
				setEstimatorId((String)newValue);
				return;
			case ModelPackage.RESULT__CARBONLAB_VERSION:
				setCarbonlabVersion((String)newValue);
				return;
			case ModelPackage.RESULT__ELAPSED_MS:
				setElapsedMs((Long)newValue);
				return;
			case ModelPackage.RESULT__PARAMETERS_SHA256:
				setParametersSha256((String)newValue);
				return;
			case ModelPackage.RESULT__DATASET_SHA256:
				setDatasetSha256((String)newValue);
				return;
			case ModelPackage.RESULT__DATA_SHA256:
				setDataSha256((String)newValue);
				return;
			case ModelPackage.RESULT__WEIGHT_MATRIX_SHA256:
				setWeightMatrixSha256((String)newValue);
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
			case ModelPackage.RESULT__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case ModelPackage.RESULT__ESTIMATOR_ID:
				setEstimatorId(ESTIMATOR_ID_EDEFAULT);
				return;
			case ModelPackage.RESULT__CARBONLAB_VERSION:
				setCarbonlabVersion(CARBONLAB_VERSION_EDEFAULT);
				return;
			case ModelPackage.RESULT__ELAPSED_MS:
				setElapsedMs(ELAPSED_MS_EDEFAULT);
				return;
			case ModelPackage.RESULT__PARAMETERS_SHA256:
				setParametersSha256(PARAMETERS_SHA256_EDEFAULT);
				return;
			case ModelPackage.RESULT__DATASET_SHA256:
				setDatasetSha256(DATASET_SHA256_EDEFAULT);
				return;
			case ModelPackage.RESULT__DATA_SHA256:
				setDataSha256(DATA_SHA256_EDEFAULT);
				return;
			case ModelPackage.RESULT__WEIGHT_MATRIX_SHA256:
				setWeightMatrixSha256(WEIGHT_MATRIX_SHA256_EDEFAULT);
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
			case ModelPackage.RESULT__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case ModelPackage.RESULT__ESTIMATOR_ID:
				return ESTIMATOR_ID_EDEFAULT == null ? estimatorId != null : !ESTIMATOR_ID_EDEFAULT.equals(estimatorId);
			case ModelPackage.RESULT__CARBONLAB_VERSION:
				return CARBONLAB_VERSION_EDEFAULT == null ? carbonlabVersion != null : !CARBONLAB_VERSION_EDEFAULT.equals(carbonlabVersion);
			case ModelPackage.RESULT__ELAPSED_MS:
				return elapsedMs != ELAPSED_MS_EDEFAULT;
			case ModelPackage.RESULT__PARAMETERS_SHA256:
				return PARAMETERS_SHA256_EDEFAULT == null ? parametersSha256 != null : !PARAMETERS_SHA256_EDEFAULT.equals(parametersSha256);
			case ModelPackage.RESULT__DATASET_SHA256:
				return DATASET_SHA256_EDEFAULT == null ? datasetSha256 != null : !DATASET_SHA256_EDEFAULT.equals(datasetSha256);
			case ModelPackage.RESULT__DATA_SHA256:
				return DATA_SHA256_EDEFAULT == null ? dataSha256 != null : !DATA_SHA256_EDEFAULT.equals(dataSha256);
			case ModelPackage.RESULT__WEIGHT_MATRIX_SHA256:
				return WEIGHT_MATRIX_SHA256_EDEFAULT == null ? weightMatrixSha256 != null : !WEIGHT_MATRIX_SHA256_EDEFAULT.equals(weightMatrixSha256);
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
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", estimatorId: ");
		result.append(estimatorId);
		result.append(", carbonlabVersion: ");
		result.append(carbonlabVersion);
		result.append(", elapsedMs: ");
		result.append(elapsedMs);
		result.append(", parametersSha256: ");
		result.append(parametersSha256);
		result.append(", datasetSha256: ");
		result.append(datasetSha256);
		result.append(", dataSha256: ");
		result.append(dataSha256);
		result.append(", weightMatrixSha256: ");
		result.append(weightMatrixSha256);
		result.append(')');
		return result.toString();
	}

} //ResultImpl

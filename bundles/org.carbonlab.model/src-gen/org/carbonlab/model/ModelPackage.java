/**
 */
package org.carbonlab.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * CarbonLab study model: a Study holds the datasets, variables, weight matrices, analyses and results of one carbon-emission econometrics study. Persisted as XMI in *.carbonlab files.
 * <!-- end-model-doc -->
 * @see org.carbonlab.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://carbonlab.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "carbonlab";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = org.carbonlab.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.carbonlab.model.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.impl.StudyImpl
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Datasets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DATASETS = 2;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__VARIABLES = 3;

	/**
	 * The feature id for the '<em><b>Weight Matrices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__WEIGHT_MATRICES = 4;

	/**
	 * The feature id for the '<em><b>Analyses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ANALYSES = 5;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__RESULTS = 6;

	/**
	 * The feature id for the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SCHEMA_VERSION = 7;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.carbonlab.model.impl.DatasetImpl <em>Dataset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.impl.DatasetImpl
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getDataset()
	 * @generated
	 */
	int DATASET = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SHA256 = 2;

	/**
	 * The feature id for the '<em><b>Entity Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__ENTITY_COLUMN = 3;

	/**
	 * The feature id for the '<em><b>Time Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__TIME_COLUMN = 4;

	/**
	 * The feature id for the '<em><b>Sheet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SHEET = 5;

	/**
	 * The feature id for the '<em><b>Balanced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__BALANCED = 6;

	/**
	 * The feature id for the '<em><b>NObs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NOBS = 7;

	/**
	 * The feature id for the '<em><b>NEntities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NENTITIES = 8;

	/**
	 * The feature id for the '<em><b>NPeriods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NPERIODS = 9;

	/**
	 * The feature id for the '<em><b>Joins</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__JOINS = 10;

	/**
	 * The feature id for the '<em><b>HeaderRow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__HEADER_ROW = 11;

	/**
	 * The feature id for the '<em><b>Skip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SKIP = 12;

	/**
	 * The feature id for the '<em><b>TimeUnit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__TIME_UNIT = 13;

	/**
	 * The number of structural features of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.carbonlab.model.impl.VariableImpl <em>Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.impl.VariableImpl
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getVariable()
	 * @generated
	 */
	int VARIABLE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__UNIT = 2;

	/**
	 * The feature id for the '<em><b>Derivation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__DERIVATION = 3;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__DATASET = 4;

	/**
	 * The feature id for the '<em><b>Produced By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__PRODUCED_BY = 5;

	/**
	 * The number of structural features of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.carbonlab.model.impl.WeightMatrixImpl <em>Weight Matrix</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.impl.WeightMatrixImpl
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getWeightMatrix()
	 * @generated
	 */
	int WEIGHT_MATRIX = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_MATRIX__NAME = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_MATRIX__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_MATRIX__KIND = 2;

	/**
	 * The feature id for the '<em><b>Standardisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_MATRIX__STANDARDISATION = 3;

	/**
	 * The feature id for the '<em><b>Entities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_MATRIX__ENTITIES = 4;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_MATRIX__ENTRIES = 5;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_MATRIX__PARAMETERS = 6;

	/**
	 * The number of structural features of the '<em>Weight Matrix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_MATRIX_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Weight Matrix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_MATRIX_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.carbonlab.model.impl.WeightEntryImpl <em>Weight Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.impl.WeightEntryImpl
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getWeightEntry()
	 * @generated
	 */
	int WEIGHT_ENTRY = 4;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_ENTRY__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_ENTRY__TO = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_ENTRY__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Weight Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Weight Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.carbonlab.model.impl.AnalysisImpl <em>Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.impl.AnalysisImpl
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getAnalysis()
	 * @generated
	 */
	int ANALYSIS = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Estimator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__ESTIMATOR_ID = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__PARAMETERS = 3;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__DATASET = 4;

	/**
	 * The feature id for the '<em><b>Weight Matrix</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__WEIGHT_MATRIX = 5;

	/**
	 * The feature id for the '<em><b>Outputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__OUTPUTS = 6;

	/**
	 * The feature id for the '<em><b>Result</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__RESULT = 7;

	/**
	 * The number of structural features of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.carbonlab.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.impl.ParameterValueImpl
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getParameterValue()
	 * @generated
	 */
	int PARAMETER_VALUE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.carbonlab.model.impl.OutputBindingImpl <em>Output Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.impl.OutputBindingImpl
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getOutputBinding()
	 * @generated
	 */
	int OUTPUT_BINDING = 7;

	/**
	 * The feature id for the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BINDING__TABLE = 0;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BINDING__COLUMN = 1;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BINDING__VARIABLE = 2;

	/**
	 * The number of structural features of the '<em>Output Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BINDING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Output Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.carbonlab.model.impl.ResultImpl <em>Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.impl.ResultImpl
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getResult()
	 * @generated
	 */
	int RESULT = 8;

	/**
	 * The feature id for the '<em><b>Analysis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__ANALYSIS = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__PATH = 2;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__SUMMARY = 3;

	/**
	 * The feature id for the '<em><b>Warnings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__WARNINGS = 4;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__CREATED_AT = 5;

	/**
	 * The feature id for the '<em><b>Estimator Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__ESTIMATOR_VERSION = 6;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__SHA256 = 7;

	/**
	 * The feature id for the '<em><b>Estimator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__ESTIMATOR_ID = 8;

	/**
	 * The feature id for the '<em><b>Carbonlab Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__CARBONLAB_VERSION = 9;

	/**
	 * The feature id for the '<em><b>Elapsed Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__ELAPSED_MS = 10;

	/**
	 * The feature id for the '<em><b>Parameters Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__PARAMETERS_SHA256 = 11;

	/**
	 * The feature id for the '<em><b>Dataset Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__DATASET_SHA256 = 12;

	/**
	 * The feature id for the '<em><b>Data Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__DATA_SHA256 = 13;

	/**
	 * The feature id for the '<em><b>Weight Matrix Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__WEIGHT_MATRIX_SHA256 = 14;

	/**
	 * The number of structural features of the '<em>Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.carbonlab.model.WeightKind <em>Weight Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.WeightKind
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getWeightKind()
	 * @generated
	 */
	int WEIGHT_KIND = 9;

	/**
	 * The meta object id for the '{@link org.carbonlab.model.Standardisation <em>Standardisation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.Standardisation
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getStandardisation()
	 * @generated
	 */
	int STANDARDISATION = 10;

	/**
	 * The meta object id for the '{@link org.carbonlab.model.ResultStatus <em>Result Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carbonlab.model.ResultStatus
	 * @see org.carbonlab.model.impl.ModelPackageImpl#getResultStatus()
	 * @generated
	 */
	int RESULT_STATUS = 11;


	/**
	 * Returns the meta object for class '{@link org.carbonlab.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.carbonlab.model.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Study#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.carbonlab.model.Study#getName()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Study#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.carbonlab.model.Study#getDescription()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carbonlab.model.Study#getDatasets <em>Datasets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Datasets</em>'.
	 * @see org.carbonlab.model.Study#getDatasets()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Datasets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carbonlab.model.Study#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see org.carbonlab.model.Study#getVariables()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Variables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carbonlab.model.Study#getWeightMatrices <em>Weight Matrices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Weight Matrices</em>'.
	 * @see org.carbonlab.model.Study#getWeightMatrices()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_WeightMatrices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carbonlab.model.Study#getAnalyses <em>Analyses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Analyses</em>'.
	 * @see org.carbonlab.model.Study#getAnalyses()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Analyses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carbonlab.model.Study#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.carbonlab.model.Study#getResults()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Results();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Study#getSchemaVersion <em>Schema Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema Version</em>'.
	 * @see org.carbonlab.model.Study#getSchemaVersion()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_SchemaVersion();

	/**
	 * Returns the meta object for class '{@link org.carbonlab.model.Dataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset</em>'.
	 * @see org.carbonlab.model.Dataset
	 * @generated
	 */
	EClass getDataset();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.carbonlab.model.Dataset#getName()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.carbonlab.model.Dataset#getSource()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.carbonlab.model.Dataset#getSha256()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getEntityColumn <em>Entity Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entity Column</em>'.
	 * @see org.carbonlab.model.Dataset#getEntityColumn()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_EntityColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getTimeColumn <em>Time Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Column</em>'.
	 * @see org.carbonlab.model.Dataset#getTimeColumn()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_TimeColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getSheet <em>Sheet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sheet</em>'.
	 * @see org.carbonlab.model.Dataset#getSheet()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Sheet();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#isBalanced <em>Balanced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Balanced</em>'.
	 * @see org.carbonlab.model.Dataset#isBalanced()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Balanced();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getNObs <em>NObs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>NObs</em>'.
	 * @see org.carbonlab.model.Dataset#getNObs()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_NObs();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getNEntities <em>NEntities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>NEntities</em>'.
	 * @see org.carbonlab.model.Dataset#getNEntities()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_NEntities();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getNPeriods <em>NPeriods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>NPeriods</em>'.
	 * @see org.carbonlab.model.Dataset#getNPeriods()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_NPeriods();

	/**
	 * Returns the meta object for the attribute list '{@link org.carbonlab.model.Dataset#getJoins <em>Joins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Joins</em>'.
	 * @see org.carbonlab.model.Dataset#getJoins()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Joins();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getHeaderRow <em>HeaderRow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>HeaderRow</em>'.
	 * @see org.carbonlab.model.Dataset#getHeaderRow()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_HeaderRow();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getSkip <em>Skip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skip</em>'.
	 * @see org.carbonlab.model.Dataset#getSkip()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Skip();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Dataset#getTimeUnit <em>TimeUnit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>TimeUnit</em>'.
	 * @see org.carbonlab.model.Dataset#getTimeUnit()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_TimeUnit();

	/**
	 * Returns the meta object for class '{@link org.carbonlab.model.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable</em>'.
	 * @see org.carbonlab.model.Variable
	 * @generated
	 */
	EClass getVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Variable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.carbonlab.model.Variable#getName()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Variable#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.carbonlab.model.Variable#getLabel()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Variable#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.carbonlab.model.Variable#getUnit()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Variable#getDerivation <em>Derivation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Derivation</em>'.
	 * @see org.carbonlab.model.Variable#getDerivation()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Derivation();

	/**
	 * Returns the meta object for the reference '{@link org.carbonlab.model.Variable#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dataset</em>'.
	 * @see org.carbonlab.model.Variable#getDataset()
	 * @see #getVariable()
	 * @generated
	 */
	EReference getVariable_Dataset();

	/**
	 * Returns the meta object for the reference '{@link org.carbonlab.model.Variable#getProducedBy <em>Produced By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Produced By</em>'.
	 * @see org.carbonlab.model.Variable#getProducedBy()
	 * @see #getVariable()
	 * @generated
	 */
	EReference getVariable_ProducedBy();

	/**
	 * Returns the meta object for class '{@link org.carbonlab.model.WeightMatrix <em>Weight Matrix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Weight Matrix</em>'.
	 * @see org.carbonlab.model.WeightMatrix
	 * @generated
	 */
	EClass getWeightMatrix();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.WeightMatrix#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.carbonlab.model.WeightMatrix#getName()
	 * @see #getWeightMatrix()
	 * @generated
	 */
	EAttribute getWeightMatrix_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.WeightMatrix#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.carbonlab.model.WeightMatrix#getSource()
	 * @see #getWeightMatrix()
	 * @generated
	 */
	EAttribute getWeightMatrix_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.WeightMatrix#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.carbonlab.model.WeightMatrix#getKind()
	 * @see #getWeightMatrix()
	 * @generated
	 */
	EAttribute getWeightMatrix_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.WeightMatrix#getStandardisation <em>Standardisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standardisation</em>'.
	 * @see org.carbonlab.model.WeightMatrix#getStandardisation()
	 * @see #getWeightMatrix()
	 * @generated
	 */
	EAttribute getWeightMatrix_Standardisation();

	/**
	 * Returns the meta object for the attribute list '{@link org.carbonlab.model.WeightMatrix#getEntities <em>Entities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Entities</em>'.
	 * @see org.carbonlab.model.WeightMatrix#getEntities()
	 * @see #getWeightMatrix()
	 * @generated
	 */
	EAttribute getWeightMatrix_Entities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carbonlab.model.WeightMatrix#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.carbonlab.model.WeightMatrix#getEntries()
	 * @see #getWeightMatrix()
	 * @generated
	 */
	EReference getWeightMatrix_Entries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carbonlab.model.WeightMatrix#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.carbonlab.model.WeightMatrix#getParameters()
	 * @see #getWeightMatrix()
	 * @generated
	 */
	EReference getWeightMatrix_Parameters();

	/**
	 * Returns the meta object for class '{@link org.carbonlab.model.WeightEntry <em>Weight Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Weight Entry</em>'.
	 * @see org.carbonlab.model.WeightEntry
	 * @generated
	 */
	EClass getWeightEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.WeightEntry#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.carbonlab.model.WeightEntry#getFrom()
	 * @see #getWeightEntry()
	 * @generated
	 */
	EAttribute getWeightEntry_From();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.WeightEntry#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.carbonlab.model.WeightEntry#getTo()
	 * @see #getWeightEntry()
	 * @generated
	 */
	EAttribute getWeightEntry_To();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.WeightEntry#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.carbonlab.model.WeightEntry#getValue()
	 * @see #getWeightEntry()
	 * @generated
	 */
	EAttribute getWeightEntry_Value();

	/**
	 * Returns the meta object for class '{@link org.carbonlab.model.Analysis <em>Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis</em>'.
	 * @see org.carbonlab.model.Analysis
	 * @generated
	 */
	EClass getAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Analysis#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.carbonlab.model.Analysis#getName()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Analysis#getEstimatorId <em>Estimator Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimator Id</em>'.
	 * @see org.carbonlab.model.Analysis#getEstimatorId()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_EstimatorId();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Analysis#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.carbonlab.model.Analysis#getLabel()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Label();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carbonlab.model.Analysis#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.carbonlab.model.Analysis#getParameters()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Parameters();

	/**
	 * Returns the meta object for the reference '{@link org.carbonlab.model.Analysis#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dataset</em>'.
	 * @see org.carbonlab.model.Analysis#getDataset()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Dataset();

	/**
	 * Returns the meta object for the reference '{@link org.carbonlab.model.Analysis#getWeightMatrix <em>Weight Matrix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Weight Matrix</em>'.
	 * @see org.carbonlab.model.Analysis#getWeightMatrix()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_WeightMatrix();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carbonlab.model.Analysis#getOutputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outputs</em>'.
	 * @see org.carbonlab.model.Analysis#getOutputs()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Outputs();

	/**
	 * Returns the meta object for the reference '{@link org.carbonlab.model.Analysis#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Result</em>'.
	 * @see org.carbonlab.model.Analysis#getResult()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Result();

	/**
	 * Returns the meta object for class '{@link org.carbonlab.model.ParameterValue <em>Parameter Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Value</em>'.
	 * @see org.carbonlab.model.ParameterValue
	 * @generated
	 */
	EClass getParameterValue();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.ParameterValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.carbonlab.model.ParameterValue#getName()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.ParameterValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.carbonlab.model.ParameterValue#getValue()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Value();

	/**
	 * Returns the meta object for class '{@link org.carbonlab.model.OutputBinding <em>Output Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Output Binding</em>'.
	 * @see org.carbonlab.model.OutputBinding
	 * @generated
	 */
	EClass getOutputBinding();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.OutputBinding#getTable <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table</em>'.
	 * @see org.carbonlab.model.OutputBinding#getTable()
	 * @see #getOutputBinding()
	 * @generated
	 */
	EAttribute getOutputBinding_Table();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.OutputBinding#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.carbonlab.model.OutputBinding#getColumn()
	 * @see #getOutputBinding()
	 * @generated
	 */
	EAttribute getOutputBinding_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.OutputBinding#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable</em>'.
	 * @see org.carbonlab.model.OutputBinding#getVariable()
	 * @see #getOutputBinding()
	 * @generated
	 */
	EAttribute getOutputBinding_Variable();

	/**
	 * Returns the meta object for class '{@link org.carbonlab.model.Result <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Result</em>'.
	 * @see org.carbonlab.model.Result
	 * @generated
	 */
	EClass getResult();

	/**
	 * Returns the meta object for the reference '{@link org.carbonlab.model.Result#getAnalysis <em>Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Analysis</em>'.
	 * @see org.carbonlab.model.Result#getAnalysis()
	 * @see #getResult()
	 * @generated
	 */
	EReference getResult_Analysis();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.carbonlab.model.Result#getStatus()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.carbonlab.model.Result#getPath()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.carbonlab.model.Result#getSummary()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Summary();

	/**
	 * Returns the meta object for the attribute list '{@link org.carbonlab.model.Result#getWarnings <em>Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Warnings</em>'.
	 * @see org.carbonlab.model.Result#getWarnings()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Warnings();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.carbonlab.model.Result#getCreatedAt()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getEstimatorVersion <em>Estimator Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimator Version</em>'.
	 * @see org.carbonlab.model.Result#getEstimatorVersion()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_EstimatorVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.carbonlab.model.Result#getSha256()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getEstimatorId <em>Estimator Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimator Id</em>'.
	 * @see org.carbonlab.model.Result#getEstimatorId()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_EstimatorId();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getCarbonlabVersion <em>Carbonlab Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carbonlab Version</em>'.
	 * @see org.carbonlab.model.Result#getCarbonlabVersion()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_CarbonlabVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getElapsedMs <em>Elapsed Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Elapsed Ms</em>'.
	 * @see org.carbonlab.model.Result#getElapsedMs()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_ElapsedMs();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getParametersSha256 <em>Parameters Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameters Sha256</em>'.
	 * @see org.carbonlab.model.Result#getParametersSha256()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_ParametersSha256();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getDatasetSha256 <em>Dataset Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dataset Sha256</em>'.
	 * @see org.carbonlab.model.Result#getDatasetSha256()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_DatasetSha256();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getDataSha256 <em>Data Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Sha256</em>'.
	 * @see org.carbonlab.model.Result#getDataSha256()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_DataSha256();

	/**
	 * Returns the meta object for the attribute '{@link org.carbonlab.model.Result#getWeightMatrixSha256 <em>Weight Matrix Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Matrix Sha256</em>'.
	 * @see org.carbonlab.model.Result#getWeightMatrixSha256()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_WeightMatrixSha256();

	/**
	 * Returns the meta object for enum '{@link org.carbonlab.model.WeightKind <em>Weight Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weight Kind</em>'.
	 * @see org.carbonlab.model.WeightKind
	 * @generated
	 */
	EEnum getWeightKind();

	/**
	 * Returns the meta object for enum '{@link org.carbonlab.model.Standardisation <em>Standardisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Standardisation</em>'.
	 * @see org.carbonlab.model.Standardisation
	 * @generated
	 */
	EEnum getStandardisation();

	/**
	 * Returns the meta object for enum '{@link org.carbonlab.model.ResultStatus <em>Result Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Result Status</em>'.
	 * @see org.carbonlab.model.ResultStatus
	 * @generated
	 */
	EEnum getResultStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.carbonlab.model.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.impl.StudyImpl
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__NAME = eINSTANCE.getStudy_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DESCRIPTION = eINSTANCE.getStudy_Description();

		/**
		 * The meta object literal for the '<em><b>Datasets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__DATASETS = eINSTANCE.getStudy_Datasets();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__VARIABLES = eINSTANCE.getStudy_Variables();

		/**
		 * The meta object literal for the '<em><b>Weight Matrices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__WEIGHT_MATRICES = eINSTANCE.getStudy_WeightMatrices();

		/**
		 * The meta object literal for the '<em><b>Analyses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ANALYSES = eINSTANCE.getStudy_Analyses();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__RESULTS = eINSTANCE.getStudy_Results();

		/**
		 * The meta object literal for the '<em><b>Schema Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SCHEMA_VERSION = eINSTANCE.getStudy_SchemaVersion();

		/**
		 * The meta object literal for the '{@link org.carbonlab.model.impl.DatasetImpl <em>Dataset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.impl.DatasetImpl
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getDataset()
		 * @generated
		 */
		EClass DATASET = eINSTANCE.getDataset();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__NAME = eINSTANCE.getDataset_Name();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__SOURCE = eINSTANCE.getDataset_Source();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__SHA256 = eINSTANCE.getDataset_Sha256();

		/**
		 * The meta object literal for the '<em><b>Entity Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__ENTITY_COLUMN = eINSTANCE.getDataset_EntityColumn();

		/**
		 * The meta object literal for the '<em><b>Time Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__TIME_COLUMN = eINSTANCE.getDataset_TimeColumn();

		/**
		 * The meta object literal for the '<em><b>Sheet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__SHEET = eINSTANCE.getDataset_Sheet();

		/**
		 * The meta object literal for the '<em><b>Balanced</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__BALANCED = eINSTANCE.getDataset_Balanced();

		/**
		 * The meta object literal for the '<em><b>NObs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__NOBS = eINSTANCE.getDataset_NObs();

		/**
		 * The meta object literal for the '<em><b>NEntities</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__NENTITIES = eINSTANCE.getDataset_NEntities();

		/**
		 * The meta object literal for the '<em><b>NPeriods</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__NPERIODS = eINSTANCE.getDataset_NPeriods();

		/**
		 * The meta object literal for the '<em><b>Joins</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__JOINS = eINSTANCE.getDataset_Joins();

		/**
		 * The meta object literal for the '<em><b>HeaderRow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__HEADER_ROW = eINSTANCE.getDataset_HeaderRow();

		/**
		 * The meta object literal for the '<em><b>Skip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__SKIP = eINSTANCE.getDataset_Skip();

		/**
		 * The meta object literal for the '<em><b>TimeUnit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__TIME_UNIT = eINSTANCE.getDataset_TimeUnit();

		/**
		 * The meta object literal for the '{@link org.carbonlab.model.impl.VariableImpl <em>Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.impl.VariableImpl
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getVariable()
		 * @generated
		 */
		EClass VARIABLE = eINSTANCE.getVariable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__NAME = eINSTANCE.getVariable_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__LABEL = eINSTANCE.getVariable_Label();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__UNIT = eINSTANCE.getVariable_Unit();

		/**
		 * The meta object literal for the '<em><b>Derivation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__DERIVATION = eINSTANCE.getVariable_Derivation();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__DATASET = eINSTANCE.getVariable_Dataset();

		/**
		 * The meta object literal for the '<em><b>Produced By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__PRODUCED_BY = eINSTANCE.getVariable_ProducedBy();

		/**
		 * The meta object literal for the '{@link org.carbonlab.model.impl.WeightMatrixImpl <em>Weight Matrix</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.impl.WeightMatrixImpl
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getWeightMatrix()
		 * @generated
		 */
		EClass WEIGHT_MATRIX = eINSTANCE.getWeightMatrix();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT_MATRIX__NAME = eINSTANCE.getWeightMatrix_Name();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT_MATRIX__SOURCE = eINSTANCE.getWeightMatrix_Source();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT_MATRIX__KIND = eINSTANCE.getWeightMatrix_Kind();

		/**
		 * The meta object literal for the '<em><b>Standardisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT_MATRIX__STANDARDISATION = eINSTANCE.getWeightMatrix_Standardisation();

		/**
		 * The meta object literal for the '<em><b>Entities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT_MATRIX__ENTITIES = eINSTANCE.getWeightMatrix_Entities();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WEIGHT_MATRIX__ENTRIES = eINSTANCE.getWeightMatrix_Entries();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WEIGHT_MATRIX__PARAMETERS = eINSTANCE.getWeightMatrix_Parameters();

		/**
		 * The meta object literal for the '{@link org.carbonlab.model.impl.WeightEntryImpl <em>Weight Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.impl.WeightEntryImpl
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getWeightEntry()
		 * @generated
		 */
		EClass WEIGHT_ENTRY = eINSTANCE.getWeightEntry();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT_ENTRY__FROM = eINSTANCE.getWeightEntry_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT_ENTRY__TO = eINSTANCE.getWeightEntry_To();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT_ENTRY__VALUE = eINSTANCE.getWeightEntry_Value();

		/**
		 * The meta object literal for the '{@link org.carbonlab.model.impl.AnalysisImpl <em>Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.impl.AnalysisImpl
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getAnalysis()
		 * @generated
		 */
		EClass ANALYSIS = eINSTANCE.getAnalysis();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__NAME = eINSTANCE.getAnalysis_Name();

		/**
		 * The meta object literal for the '<em><b>Estimator Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__ESTIMATOR_ID = eINSTANCE.getAnalysis_EstimatorId();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__LABEL = eINSTANCE.getAnalysis_Label();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__PARAMETERS = eINSTANCE.getAnalysis_Parameters();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__DATASET = eINSTANCE.getAnalysis_Dataset();

		/**
		 * The meta object literal for the '<em><b>Weight Matrix</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__WEIGHT_MATRIX = eINSTANCE.getAnalysis_WeightMatrix();

		/**
		 * The meta object literal for the '<em><b>Outputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__OUTPUTS = eINSTANCE.getAnalysis_Outputs();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__RESULT = eINSTANCE.getAnalysis_Result();

		/**
		 * The meta object literal for the '{@link org.carbonlab.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.impl.ParameterValueImpl
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getParameterValue()
		 * @generated
		 */
		EClass PARAMETER_VALUE = eINSTANCE.getParameterValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__NAME = eINSTANCE.getParameterValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__VALUE = eINSTANCE.getParameterValue_Value();

		/**
		 * The meta object literal for the '{@link org.carbonlab.model.impl.OutputBindingImpl <em>Output Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.impl.OutputBindingImpl
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getOutputBinding()
		 * @generated
		 */
		EClass OUTPUT_BINDING = eINSTANCE.getOutputBinding();

		/**
		 * The meta object literal for the '<em><b>Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUT_BINDING__TABLE = eINSTANCE.getOutputBinding_Table();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUT_BINDING__COLUMN = eINSTANCE.getOutputBinding_Column();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUT_BINDING__VARIABLE = eINSTANCE.getOutputBinding_Variable();

		/**
		 * The meta object literal for the '{@link org.carbonlab.model.impl.ResultImpl <em>Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.impl.ResultImpl
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getResult()
		 * @generated
		 */
		EClass RESULT = eINSTANCE.getResult();

		/**
		 * The meta object literal for the '<em><b>Analysis</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULT__ANALYSIS = eINSTANCE.getResult_Analysis();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__STATUS = eINSTANCE.getResult_Status();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__PATH = eINSTANCE.getResult_Path();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__SUMMARY = eINSTANCE.getResult_Summary();

		/**
		 * The meta object literal for the '<em><b>Warnings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__WARNINGS = eINSTANCE.getResult_Warnings();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__CREATED_AT = eINSTANCE.getResult_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Estimator Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__ESTIMATOR_VERSION = eINSTANCE.getResult_EstimatorVersion();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__SHA256 = eINSTANCE.getResult_Sha256();

		/**
		 * The meta object literal for the '<em><b>Estimator Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__ESTIMATOR_ID = eINSTANCE.getResult_EstimatorId();

		/**
		 * The meta object literal for the '<em><b>Carbonlab Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__CARBONLAB_VERSION = eINSTANCE.getResult_CarbonlabVersion();

		/**
		 * The meta object literal for the '<em><b>Elapsed Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__ELAPSED_MS = eINSTANCE.getResult_ElapsedMs();

		/**
		 * The meta object literal for the '<em><b>Parameters Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__PARAMETERS_SHA256 = eINSTANCE.getResult_ParametersSha256();

		/**
		 * The meta object literal for the '<em><b>Dataset Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__DATASET_SHA256 = eINSTANCE.getResult_DatasetSha256();

		/**
		 * The meta object literal for the '<em><b>Data Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__DATA_SHA256 = eINSTANCE.getResult_DataSha256();

		/**
		 * The meta object literal for the '<em><b>Weight Matrix Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__WEIGHT_MATRIX_SHA256 = eINSTANCE.getResult_WeightMatrixSha256();

		/**
		 * The meta object literal for the '{@link org.carbonlab.model.WeightKind <em>Weight Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.WeightKind
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getWeightKind()
		 * @generated
		 */
		EEnum WEIGHT_KIND = eINSTANCE.getWeightKind();

		/**
		 * The meta object literal for the '{@link org.carbonlab.model.Standardisation <em>Standardisation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.Standardisation
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getStandardisation()
		 * @generated
		 */
		EEnum STANDARDISATION = eINSTANCE.getStandardisation();

		/**
		 * The meta object literal for the '{@link org.carbonlab.model.ResultStatus <em>Result Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carbonlab.model.ResultStatus
		 * @see org.carbonlab.model.impl.ModelPackageImpl#getResultStatus()
		 * @generated
		 */
		EEnum RESULT_STATUS = eINSTANCE.getResultStatus();

	}

} //ModelPackage

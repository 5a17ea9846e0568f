package org.carbonlab.model.persistence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;

import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.ModelFactory;
import org.carbonlab.model.ModelPackage;
import org.carbonlab.model.OutputBinding;
import org.carbonlab.model.Study;
import org.carbonlab.model.Variable;
import org.carbonlab.model.WeightMatrix;
import org.carbonlab.model.util.ModelResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xml.sax.SAXParseException;

/**
 * Reading and writing study files ({@code *.carbonlab}, XMI).
 * <p>
 * Works inside and outside OSGi: every operation uses its own resource set with the model package
 * and the XMI resource factory registered locally; the global EMF registries are not consulted.
 * <p>
 * Loading is hardened: DOCTYPE declarations (and so internal or external entities and DTDs) are
 * refused by the parser, and the resource set refuses to open any URI, so a study file can never
 * make EMF read another file (no package demand-loading, no cross-document proxies). A study file
 * must be self-contained.
 * <p>
 * Saving is atomic: the study is serialised to a temporary file in the target folder, flushed to
 * disk, then moved over the target. On failure the temporary file is removed and an existing
 * target file is left untouched.
 * <p>
 * Names of datasets, variables, weight matrices and analyses are the XML ids of those objects
 * (references are written as {@code dataset="wdi"}); they must therefore be unique across all four
 * kinds within one study, and follow {@link StudyNames#RULE}.
 */
public final class StudyFiles {

	/** The file extension of study files, without the dot. */
	public static final String FILE_EXTENSION = "carbonlab";

	private StudyFiles() {
	}

	// ------------------------------------------------------------------ create / lookup

	/**
	 * @param name the name of the new study
	 * @return a new, empty study with the given name (not attached to any resource)
	 */
	public static Study create(String name) {
		Study study = ModelFactory.eINSTANCE.createStudy();
		study.setName(name);
		study.setSchemaVersion(StudySchema.CURRENT);
		return study;
	}

	/** @return the dataset of the study with the given name, if any */
	public static Optional<Dataset> findDataset(Study study, String name) {
		return find(study.getDatasets(), Dataset::getName, name);
	}

	/** @return the variable of the study with the given name, if any */
	public static Optional<Variable> findVariable(Study study, String name) {
		return find(study.getVariables(), Variable::getName, name);
	}

	/** @return the analysis of the study with the given name, if any */
	public static Optional<Analysis> findAnalysis(Study study, String name) {
		return find(study.getAnalyses(), Analysis::getName, name);
	}

	/** @return the weight matrix of the study with the given name, if any */
	public static Optional<WeightMatrix> findWeightMatrix(Study study, String name) {
		return find(study.getWeightMatrices(), WeightMatrix::getName, name);
	}

	private static <T> Optional<T> find(List<T> items, Function<T, String> nameOf, String name) {
		Objects.requireNonNull(name, "name");
		for (T item : items) {
			if (name.equals(nameOf.apply(item))) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}

	/**
	 * Resolves a path recorded in the study (e.g. {@link Dataset#getSource()}): an absolute path is
	 * returned as is, a relative one is taken relative to the folder of the study file.
	 *
	 * @param studyFile the study file
	 * @param recordedPath the path as recorded in the study
	 * @return the resolved, normalised path
	 */
	public static Path resolveRelativeTo(Path studyFile, String recordedPath) {
		Path p = Path.of(recordedPath);
		if (p.isAbsolute()) {
			return p.normalize();
		}
		Path dir = studyFile.toAbsolutePath().getParent();
		return (dir == null ? p : dir.resolve(p)).normalize();
	}

	// ------------------------------------------------------------------ load

	/**
	 * Loads a study file.
	 *
	 * @param file the study file
	 * @return the study it holds (contained in a resource of a private resource set), upgraded to
	 *         {@link StudySchema#CURRENT}
	 * @throws StudyFileException if the file cannot be read, is not well-formed XML, declares a
	 *             DOCTYPE, does not hold exactly one study, refers to other files, has invalid or
	 *             duplicate names, or was written by a newer CarbonLab (a newer schema version); the
	 *             message names the file and, where known, the line and column
	 */
	public static Study load(Path file) throws StudyFileException {
		Objects.requireNonNull(file, "file");
		Path abs = file.toAbsolutePath().normalize();
		if (!Files.exists(abs)) {
			throw new StudyFileException(abs, "the file does not exist");
		}
		if (!Files.isRegularFile(abs)) {
			throw new StudyFileException(abs, "not a regular file");
		}
		URI uri = URI.createFileURI(abs.toString());
		ResourceSet resourceSet = newResourceSet();
		Resource resource = resourceSet.createResource(uri);
		if (resource instanceof ResourceImpl impl) {
			// Names are ids: cache id look-ups while resolving references.
			impl.setIntrinsicIDToEObjectMap(new HashMap<>());
		}
		try (InputStream in = new BufferedInputStream(Files.newInputStream(abs))) {
			resource.load(in, loadOptions());
		} catch (IOException | RuntimeException e) {
			StudyFileException failure = loadFailure(abs, e);
			// A newer file fails on features this version does not know, and duplicate names make
			// references resolve to the wrong object; say so rather than report the consequence.
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Study partial) {
				try {
					StudySchema.checkNotNewer(abs, partial);
					checkNames(abs, partial);
				} catch (StudyFileException names) {
					names.addSuppressed(failure);
					throw names;
				}
			}
			throw failure;
		}
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Study root) {
			StudySchema.checkNotNewer(abs, root);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic d = resource.getErrors().get(0);
			throw new StudyFileException(abs, d.getLine(), d.getColumn(), withoutLocation(d.getMessage()), null);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Study study)) {
			throw new StudyFileException(abs, "the file must hold exactly one Study element (namespace "
					+ ModelPackage.eNS_URI + ")");
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> proxies = EcoreUtil.ProxyCrossReferencer.find(resource);
		if (!proxies.isEmpty()) {
			EObject proxy = proxies.keySet().iterator().next();
			throw new StudyFileException(abs, "refers to another file (" + EcoreUtil.getURI(proxy)
					+ "); study files must be self-contained");
		}
		checkNames(abs, study);
		StudySchema.upgrade(abs, study);
		return study;
	}

	private static Map<Object, Object> loadOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	private static StudyFileException loadFailure(Path file, Exception e) {
		Throwable t = e;
		while ((t instanceof Resource.IOWrappedException || t instanceof WrappedException) && t.getCause() != null
				&& t.getCause() != t) {
			t = t.getCause();
		}
		if (t instanceof SAXParseException spe) {
			return new StudyFileException(file, spe.getLineNumber(), spe.getColumnNumber(),
					"not a well-formed or permitted XML document: " + spe.getMessage(), e);
		}
		if (t instanceof IllegalValueException ive) {
			String feature = ive.getFeature() == null ? "a feature" : "'" + ive.getFeature().getName() + "'";
			return new StudyFileException(file, ive.getLine(), ive.getColumn(),
					feature + " cannot be set to " + describe(ive.getValue()), e);
		}
		if (t instanceof Resource.Diagnostic d) {
			return new StudyFileException(file, d.getLine(), d.getColumn(), withoutLocation(d.getMessage()), e);
		}
		String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
		return new StudyFileException(file, message, e);
	}

	/** EMF appends " (uri, line, column)" to its diagnostics; the exception gives those itself. */
	private static String withoutLocation(String message) {
		return message == null ? null : EMF_LOCATION_SUFFIX.matcher(message).replaceFirst("");
	}

	private static final Pattern EMF_LOCATION_SUFFIX = Pattern.compile("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$");

	// ------------------------------------------------------------------ save

	/**
	 * Saves a study atomically as UTF-8, formatted XMI, with the current schema version. The study
	 * itself is not modified and not moved to another resource (a copy is serialised). Comments
	 * before the Study element of an existing file are kept (EMF does not keep comments inside it).
	 *
	 * @param study the study to save
	 * @param file the target file; its folder must exist
	 * @throws StudyFileException if the study cannot be serialised (e.g. it refers to objects that
	 *             are not part of it, or names are duplicate) or the file cannot be written; an
	 *             existing file is then left as it was and no temporary file remains
	 */
	public static void save(Study study, Path file) throws StudyFileException {
		Objects.requireNonNull(study, "study");
		Objects.requireNonNull(file, "file");
		Path target = file.toAbsolutePath().normalize();
		Path dir = target.getParent();
		if (dir == null || target.getFileName() == null) {
			throw new StudyFileException(target, "not a file path");
		}
		if (!Files.isDirectory(dir)) {
			throw new StudyFileException(target, "the folder " + dir + " does not exist");
		}
		if (Files.isDirectory(target)) {
			throw new StudyFileException(target, "is a folder");
		}
		checkNames(target, study);
		checkSelfContained(target, study);

		Resource resource = newResourceSet().createResource(URI.createFileURI(target.toString()));
		Study copy = EcoreUtil.copy(study);
		copy.setSchemaVersion(StudySchema.CURRENT);
		resource.getContents().add(copy);
		String leadingComments = LeadingComments.of(target);

		Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				copyPermissions(target, tmp);
				ByteArrayOutputStream xml = new ByteArrayOutputStream(1 << 16);
				resource.save(xml, saveOptions());
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
				out.write(LeadingComments.insert(xml.toByteArray(), leadingComments));
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException | RuntimeException e) {
			try {
				Files.deleteIfExists(tmp);
			} catch (IOException suppressed) {
				e.addSuppressed(suppressed);
			}
			throw saveFailure(target, e);
		}
		syncDirectory(dir);
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		// Wrap long elements one attribute group per line, as hand-written study files are.
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(80));
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		return options;
	}

	private static StudyFileException saveFailure(Path file, Exception e) {
		Throwable t = e;
		while ((t instanceof Resource.IOWrappedException || t instanceof WrappedException) && t.getCause() != null
				&& t.getCause() != t) {
			t = t.getCause();
		}
		String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
		return new StudyFileException(file, "could not save (the previous file, if any, is unchanged): " + message, e);
	}

	private static void copyPermissions(Path from, Path to) {
		try {
			if (Files.exists(from)) {
				Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
			}
		} catch (IOException | UnsupportedOperationException e) {
			// best effort: not a POSIX file system, or not ours to change
		}
	}

	private static void syncDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			// best effort: not every platform can open or sync a folder
		}
	}

	// ------------------------------------------------------------------ shared

	/**
	 * Names of datasets, variables, weight matrices and analyses are XML ids: they must be unique
	 * across the four kinds and follow {@link StudyNames#RULE} (or be absent). The variables that
	 * output bindings define follow the same rule.
	 */
	private static void checkNames(Path file, Study study) throws StudyFileException {
		Map<String, String> seen = new HashMap<>();
		check(file, seen, "dataset", study.getDatasets(), Dataset::getName);
		check(file, seen, "variable", study.getVariables(), Variable::getName);
		check(file, seen, "weight matrix", study.getWeightMatrices(), WeightMatrix::getName);
		check(file, seen, "analysis", study.getAnalyses(), Analysis::getName);
		for (Analysis a : study.getAnalyses()) {
			int index = 0;
			for (OutputBinding o : a.getOutputs()) {
				index++;
				String name = o.getVariable();
				if (name != null && !StudyNames.isSafe(name)) {
					throw new StudyFileException(file, "analysis '" + a.getName() + "', output " + index
							+ ": the variable name '" + name + "' is not allowed: " + StudyNames.RULE);
				}
			}
		}
	}

	private static <T> void check(Path file, Map<String, String> seen, String kind, List<T> items,
			Function<T, String> nameOf) throws StudyFileException {
		for (T item : items) {
			String name = nameOf.apply(item);
			if (name == null) {
				continue;
			}
			if (!StudyNames.isSafe(name)) {
				throw new StudyFileException(file, "the " + kind + " name '" + name + "' is not allowed: "
						+ StudyNames.RULE);
			}
			String previous = seen.putIfAbsent(name, kind);
			if (previous != null) {
				throw new StudyFileException(file, "the name '" + name + "' is used by more than one object (a "
						+ previous + " and a " + kind
						+ "); names of datasets, variables, weight matrices and analyses must be unique within a study");
			}
		}
	}

	/** Every reference must point into the study: XMI would write an id that nothing resolves. */
	private static void checkSelfContained(Path file, Study study) throws StudyFileException {
		Map<EObject, Collection<EStructuralFeature.Setting>> external = EcoreUtil.ExternalCrossReferencer.find(study);
		if (!external.isEmpty()) {
			Map.Entry<EObject, Collection<EStructuralFeature.Setting>> first = external.entrySet().iterator().next();
			EStructuralFeature.Setting setting = first.getValue().iterator().next();
			throw new StudyFileException(file, describe(setting.getEObject()) + " refers ('"
					+ setting.getEStructuralFeature().getName() + "') to " + describe(first.getKey())
					+ ", which is not part of the study");
		}
	}

	private static String describe(Object value) {
		if (value instanceof EObject eObject) {
			String id = EcoreUtil.getID(eObject);
			String kind = eObject.eClass().getName();
			return id == null ? "a " + kind : kind + " '" + id + "'";
		}
		return "'" + value + "'";
	}

	private static ResourceSet newResourceSet() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		// A package registry that does not delegate to the global one.
		EPackageRegistryImpl packages = new EPackageRegistryImpl();
		packages.put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		resourceSet.setPackageRegistry(packages);
		Resource.Factory factory = new ModelResourceFactoryImpl();
		Map<String, Object> byExtension = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		byExtension.put(FILE_EXTENSION, factory);
		byExtension.put(Resource.Factory.Registry.DEFAULT_EXTENSION, factory);
		resourceSet.setURIConverter(new NoAccessURIConverter());
		return resourceSet;
	}

	/**
	 * Refuses every stream: the study file is read and written by {@link StudyFiles} itself, so
	 * anything EMF tries to open on its own (packages named by a namespace, proxies, entities) is
	 * another file that a study file must not pull in.
	 */
	private static final class NoAccessURIConverter extends ExtensibleURIConverterImpl {
		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("study files must be self-contained; refusing to read " + uri);
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("refusing to write " + uri);
		}
	}
}

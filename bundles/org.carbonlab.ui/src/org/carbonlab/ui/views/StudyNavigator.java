package org.carbonlab.ui.views;

import java.util.List;

import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.ModelPackage;
import org.carbonlab.model.OutputBinding;
import org.carbonlab.model.Result;
import org.carbonlab.model.Study;
import org.carbonlab.model.Variable;
import org.carbonlab.model.WeightMatrix;
import org.carbonlab.ui.StudyDocument;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The study as a tree: the study, then its datasets, variables, weight matrices, analyses and
 * recorded results in groups. Refreshes whenever the document changes.
 */
public final class StudyNavigator {
    /** A group node: the study's objects held by one containment reference. */
    public record Group(Study study, String label, EReference feature) {
        List<?> children() {
            return (List<?>) study.eGet(feature);
        }
    }

    private final TreeViewer viewer;
    private StudyDocument document;
    private final Runnable refresh = this::refresh;

    public StudyNavigator(Composite parent) {
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public void setDocument(StudyDocument doc) {
        if (document != null) {
            document.removeListener(refresh);
        }
        document = doc;
        if (doc != null) {
            doc.addListener(refresh);
            viewer.setInput(new Object[] { doc.study() });
            viewer.expandToLevel(3);
        } else {
            viewer.setInput(new Object[0]);
        }
    }

    public void refresh() {
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }

    /** The selected model object (a group node gives null). */
    public EObject selectedObject() {
        Object o = viewer.getStructuredSelection().getFirstElement();
        return o instanceof EObject e ? e : null;
    }

    public void select(Object element) {
        viewer.refresh();
        viewer.setSelection(new StructuredSelection(element), true);
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Object[] a ? a : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Study s) {
                ModelPackage p = ModelPackage.eINSTANCE;
                return new Object[] { new Group(s, "Datasets", p.getStudy_Datasets()),
                        new Group(s, "Variables", p.getStudy_Variables()),
                        new Group(s, "Weight matrices", p.getStudy_WeightMatrices()),
                        new Group(s, "Analyses", p.getStudy_Analyses()),
                        new Group(s, "Recorded runs", p.getStudy_Results()) };
            }
            if (parent instanceof Group g) {
                return g.children().toArray();
            }
            if (parent instanceof Analysis a) {
                return a.getOutputs().toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof Group g) {
                return g.study();
            }
            if (element instanceof EObject e && e.eContainer() instanceof Study s) {
                for (Object g : getChildren(s)) { // objects of the study sit in its group nodes
                    if (((Group) g).feature() == e.eContainingFeature()) {
                        return g;
                    }
                }
            }
            return element instanceof EObject e ? e.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    private final class Labels extends LabelProvider {
        @Override
        public String getText(Object o) {
            if (o instanceof Study s) {
                return s.getName() == null || s.getName().isBlank() ? "Untitled study" : s.getName();
            }
            if (o instanceof Group g) {
                return g.label() + " (" + g.children().size() + ")";
            }
            if (o instanceof Dataset d) {
                return d.getName() + "  [" + d.getSource() + "]";
            }
            if (o instanceof Variable v) {
                String how = v.getDerivation() != null && !v.getDerivation().isBlank() ? " = " + v.getDerivation()
                        : v.getProducedBy() != null ? " ← " + v.getProducedBy().getName() : "";
                return v.getName() + how;
            }
            if (o instanceof WeightMatrix w) {
                return w.getName() + (w.getSource() != null ? "  [" + w.getSource() + "]" : "");
            }
            if (o instanceof Analysis a) {
                String status = document != null && document.results().containsKey(a) ? "  ✓ result" : "";
                return a.getName() + " (" + a.getEstimatorId() + ")" + status;
            }
            if (o instanceof OutputBinding b) {
                return "→ " + b.getVariable() + " = " + b.getTable() + "." + b.getColumn();
            }
            if (o instanceof Result r) {
                return (r.getAnalysis() != null ? r.getAnalysis().getName() : "?") + ": " + r.getStatus();
            }
            return String.valueOf(o);
        }
    }
}

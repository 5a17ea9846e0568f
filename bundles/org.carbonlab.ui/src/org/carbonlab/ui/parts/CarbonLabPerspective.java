package org.carbonlab.ui.parts;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "CarbonLab" perspective: the study navigator on the left, the study editor (its runs) on top, the
 * details, result, charts and data views stacked below it, the progress strip at the bottom.
 */
public final class CarbonLabPerspective implements IPerspectiveFactory {
    public static final String ID = "org.carbonlab.ui.perspective";
    static final String FOLDER = "org.carbonlab.ui.folder";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addStandaloneView(ProgressPart.ID, false, IPageLayout.BOTTOM, 0.93f, editors);
        layout.addView(NavigatorPart.ID, IPageLayout.LEFT, 0.26f, editors);
        IFolderLayout folder = layout.createFolder(FOLDER, IPageLayout.BOTTOM, 0.28f, editors);
        folder.addView(DetailsPart.ID);
        folder.addView(ResultPart.ID);
        folder.addView(ChartPart.ID);
        folder.addView(DataPart.ID);
        for (String id : new String[] { NavigatorPart.ID, DetailsPart.ID, ResultPart.ID, ChartPart.ID, DataPart.ID,
                ProgressPart.ID }) {
            layout.getViewLayout(id).setCloseable(false);
        }
    }
}

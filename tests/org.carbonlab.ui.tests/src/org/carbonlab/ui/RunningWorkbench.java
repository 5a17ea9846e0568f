package org.carbonlab.ui;

import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs the real desktop workbench ({@link CarbonLabWorkbench}, as {@code carbonlab desktop} does) on a UI thread
 * of its own, and every test method, {@code @BeforeEach} and {@code @AfterEach} of the class on that thread (the
 * workbench's event loop runs them), so that tests drive the workbench as a user would. The workbench is closed
 * after the class's tests.
 */
final class RunningWorkbench implements BeforeAllCallback, AfterAllCallback, InvocationInterceptor {
    private static Thread uiThread;
    private static Display display;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (uiThread != null && PlatformUI.isWorkbenchRunning()) {
            return;
        }
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        uiThread = new Thread(() -> {
            try {
                display = PlatformUI.createDisplay();
                PlatformUI.createAndRunWorkbench(display, new CarbonLabWorkbench(null) {
                    @Override
                    public void postStartup() {
                        started.countDown();
                    }
                });
            } catch (Throwable t) {
                failure.set(t);
                started.countDown();
            }
        }, "desktop workbench");
        uiThread.setDaemon(true);
        uiThread.start();
        if (!started.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("the workbench did not start within 120 s");
        }
        if (failure.get() != null) {
            throw new AssertionError("the workbench failed to start", failure.get());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (display != null && !display.isDisposed()) {
            display.syncExec(() -> {
                IWorkbench w = PlatformUI.getWorkbench();
                w.getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
                w.close();
            });
            uiThread.join(60_000);
        }
        uiThread = null;
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        onUiThread(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        onUiThread(invocation);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        onUiThread(invocation);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        onUiThread(invocation);
    }

    private static void onUiThread(Invocation<Void> invocation) throws Throwable {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        if (thrown.get() != null) {
            throw thrown.get();
        }
    }
}

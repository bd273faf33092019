#pragma once
// `schedlab FILE --screenshot OUT.png`: run the scenario, render the main window, exit.

namespace schedlab::ui {

class MainWindow;
struct AppOptions;

/// Shows the window at the requested size, waits for the simulation (and the comparison when
/// that tab is asked for), renders the window to the PNG and returns the exit status.
int takeScreenshot(MainWindow& window, const AppOptions& options);

}  // namespace schedlab::ui

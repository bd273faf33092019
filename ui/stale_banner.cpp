#include "ui/stale_banner.hpp"

#include <QEvent>

namespace schedlab::ui {

StaleBanner::StaleBanner(QWidget* parent) : QLabel(parent) {
    setObjectName("StaleBanner");
    setWordWrap(true);
    setMargin(6);
    // Amber with dark text: readable on the light and the dark theme alike.
    setStyleSheet(
        QStringLiteral("QLabel#StaleBanner { background: #ffe08a; color: #3b2a00; "
                       "border-bottom: 1px solid #c9a227; font-weight: bold; }"));
    retranslate();
    hide();
}

void StaleBanner::setStale(bool stale) {
    m_stale = stale;
    setVisible(stale);
}

void StaleBanner::retranslate() {
    setText(
        tr("The scenario has problems: these charts show the last valid scenario. Fix the "
           "marked problems in the Scenario panel to run it again."));
}

void StaleBanner::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

}  // namespace schedlab::ui

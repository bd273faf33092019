#pragma once
// A language for the widgets made while it lives, as the app installs it: "zh_CN" the Chinese
// translation, "en" the English one (plural forms only). For tests in both languages (#12).

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace schedlab::ui::testing {

class LanguageScope {
public:
    explicit LanguageScope(const QString& language) {
        m_loaded = m_translator.load(QLocale(language), "schedlab", "_", SCHEDLAB_QM_DIR);
        QCoreApplication::installTranslator(&m_translator);
    }
    ~LanguageScope() { QCoreApplication::removeTranslator(&m_translator); }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

    /// False when the language's .qm could not be loaded.
    bool ok() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

}  // namespace schedlab::ui::testing

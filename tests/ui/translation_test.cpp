// Chinese translation: the .ts is complete (no unfinished message, placeholders kept) and the
// compiled .qm, installed with a QTranslator, turns the UI's strings into Simplified Chinese
// under the contexts the classes really use at run time.

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>

#include "engine/translatable.hpp"
#include "models/engine_text.hpp"
#include "models/scenario_document.hpp"
#include "ui/main_window.hpp"
#include "ui/policy_panel.hpp"

namespace schedlab::ui {
namespace {

const QString kTsFile = QStringLiteral(SCHEDLAB_SOURCE_DIR "/translations/schedlab_zh_CN.ts");
const QString kQmDir = QStringLiteral(SCHEDLAB_QM_DIR);

QStringList placeholders(const QString& text) {
    QStringList found;
    auto it = QRegularExpression(R"(%(\d+|n))").globalMatch(text);
    while (it.hasNext()) {
        found << it.next().captured();
    }
    found.sort();
    return found;
}

struct TsMessage {
    QString context;
    QString source;
    QStringList translations;   // the <translation> text, or its <numerusform>s
    bool numerus = false;
    bool unfinished = false;
};

std::vector<TsMessage> readTs(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    std::vector<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            messages.push_back({context, {}, {}, xml.attributes().value("numerus") == u"yes"});
        } else if (name == u"source" && !messages.empty()) {
            messages.back().source = xml.readElementText();
        } else if (name == u"translation" && !messages.empty()) {
            const auto type = xml.attributes().value("type");
            messages.back().unfinished = type == u"unfinished" || type == u"vanished" ||
                                         type == u"obsolete";
            if (!messages.back().numerus) {
                messages.back().translations << xml.readElementText();
            }
        } else if (name == u"numerusform" && !messages.empty()) {
            messages.back().translations << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    return messages;
}

TEST(Translation, TsFileHasEveryMessageTranslated) {
    const auto messages = readTs(kTsFile);
    EXPECT_GE(messages.size(), 300u);
    for (const auto& m : messages) {
        SCOPED_TRACE(qPrintable(m.context + " / " + m.source));
        EXPECT_FALSE(m.unfinished);
        ASSERT_FALSE(m.translations.isEmpty());
        for (const auto& text : m.translations) {
            EXPECT_FALSE(text.isEmpty());
            EXPECT_EQ(placeholders(text), placeholders(m.source));
            // An accelerator in the source keeps one in the translation: 文件(&F).
            if (m.source.contains('&') && !m.source.contains(";;")) {
                EXPECT_TRUE(text.contains('&'));
            }
        }
    }
}

class TranslatedTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(QFileInfo::exists(kQmDir + "/schedlab_zh_CN.qm")) << qPrintable(kQmDir);
        ASSERT_TRUE(m_translator.load(QLocale(QStringLiteral("zh_CN")), "schedlab", "_", kQmDir));
        QCoreApplication::installTranslator(&m_translator);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
};

TEST_F(TranslatedTest, MenusAndLabelsAreChinese) {
    EXPECT_EQ(QCoreApplication::translate("schedlab::ui::MainWindow", "&File"),
              QString::fromUtf8("文件(&F)"));
    EXPECT_EQ(MainWindow::tr("&File"), QString::fromUtf8("文件(&F)"));
    // Policy titles and parameter labels live in the engine (policies/*.cpp).
    EXPECT_EQ(models::engineText("Round robin"), QString::fromUtf8("时间片轮转（RR）"));
    EXPECT_EQ(PolicyPanel::tr("%1:").arg(models::engineText("Quantum")),
              QString::fromUtf8("时间片："));
    EXPECT_EQ(QCoreApplication::translate("schedlab::ui::ProcessStates", "ready"),
              QString::fromUtf8("就绪"));
    EXPECT_EQ(models::ScenarioDocument::tr("Change %1 to %2")
                  .arg(models::engineText("Quantum"))
                  .arg(4),
              QString::fromUtf8("将时间片改为 4"));
    EXPECT_EQ(models::engineText("%1 preempts %2 on CPU %3: %4"),
              QString::fromUtf8("%1 在 CPU %3 上抢占 %2：%4"));
    EXPECT_EQ(MainWindow::tr("Simulating %n process(es)...", nullptr, 5),
              QString::fromUtf8("正在模拟 5 个进程…"));
}

TEST_F(TranslatedTest, ContextsInTheTsAreTheClassesRealNames) {
    // lupdate without the project's include path files messages under "MainWindow" instead of
    // "schedlab::ui::MainWindow", and then nothing is translated at run time.
    QStringList contexts;
    for (const auto& m : readTs(kTsFile)) {
        contexts << m.context;
    }
    for (const char* name : {MainWindow::staticMetaObject.className(),
                             PolicyPanel::staticMetaObject.className(),
                             models::ScenarioDocument::staticMetaObject.className()}) {
        EXPECT_TRUE(contexts.contains(QString::fromLatin1(name))) << name;
    }
    EXPECT_TRUE(contexts.contains(QString::fromLatin1(engine::kTranslationContext)));
    EXPECT_FALSE(contexts.contains(QString()));
}

}  // namespace
}  // namespace schedlab::ui

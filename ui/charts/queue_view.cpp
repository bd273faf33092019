#include "charts/queue_view.hpp"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <functional>

#include "charts/chart_style.hpp"
#include "charts/process_colors.hpp"
#include "engine/policy_registry.hpp"

namespace schedlab::ui {
namespace {

using engine::CpuView;
using engine::Pid;

QFont scaled(const QFont& base, double points, bool bold) {
    QFont font = base;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Fonts and colours at one scale: 1 is the natural size, larger when the widget has room.
struct Style {
    QFont name, label, small, title;
    QColor text, muted, accent, background;
    bool dark = false;
    int em = 0, gap = 0, margin = 0;

    Style(const QWidget& widget, double scale) {
        double base = std::max(11.0, widget.font().pointSizeF()) * scale;
        name = scaled(widget.font(), base * 1.45, true);
        label = scaled(widget.font(), base * 1.2, false);
        small = scaled(widget.font(), base * 1.0, false);
        title = scaled(widget.font(), base * 1.3, true);
        ChartPalette chart = chartPalette(widget.palette());
        dark = chart.dark;
        accent = chart.cursor;
        text = widget.palette().color(QPalette::WindowText);
        background = widget.palette().color(QPalette::Window);
        muted = mixColors(text, background, 0.6);
        em = QFontMetrics(name).height();
        gap = std::max(4, em / 4);
        margin = em / 2;
    }

    int sectionHeight() const { return QFontMetrics(label).height() + gap * 3; }
    int cpuHeight() const { return em * 3; }
    int readyHeight(bool empty) const { return empty ? QFontMetrics(label).height() : em * 2; }
    // Compact: the blocked chips on one line ("P4  I/O 3") where even the smallest fonts leave
    // too little height for two (#12: their I/O line was cut off at 1280x720).
    int blockedHeight() const { return compact ? QFontMetrics(name).height() + gap : em * 5 / 2; }
    bool compact = false;

    // The height the scene takes: keep in step with Scene::draw.
    int height(const std::vector<std::vector<Pid>>& queues) const {
        int h = margin + QFontMetrics(title).height() + gap + 3 * sectionHeight() + cpuHeight() +
                gap + blockedHeight() + margin;
        for (const auto& queue : queues) {
            h += readyHeight(queue.empty()) + gap;
        }
        return h;
    }
};

// One box: a process waiting or blocked, or a CPU (with its mode) and the process on it.
struct Item {
    Pid process = engine::kNoProcess;
    QString top{};      // small line above the name (the CPU's number); may be empty
    QString caption{};  // small line under the name; may be empty
    bool cpu = false;
    CpuView::Mode mode = CpuView::Mode::Running;
    bool oneLine = false;  // the caption after the name, on its line
};

class Scene {
    Q_DECLARE_TR_FUNCTIONS(schedlab::ui::QueueView)  // the widget's translations

public:
    Scene(QPainter& painter, const Style& style, const models::PlaybackController& controller,
          int width, std::vector<QueueView::Hit>& hits, std::vector<QueueView::ShownText>& texts)
        : m_p(painter),
          m_s(style),
          m_run(*controller.run()),
          m_state(controller.state()),
          m_hits(hits),
          m_texts(texts),
          m_width(width) {
        m_left = m_s.margin + levelLabelWidth();
    }

    void draw() {
        int y = drawHeader(m_s.margin);
        y = drawSection(y, tr("CPUs"));
        y = drawCpus(y);
        QString boost;
        if (m_state.decidedNow(engine::DecisionKind::Boost)) {
            boost = tr("priority boost: all to level 0");
        }
        y = drawSection(y, readyTitle(), boost);
        y = drawReady(y);
        y = drawSection(y, tr("Blocked on I/O, next back on the left"));
        drawBlocked(y);
    }

private:
    const engine::PolicyEntry& policy() const { return *engine::findPolicy(m_run.workload.policy.name); }
    bool leveled() const { return policy().can.levels; }

    QString levelLabel(std::size_t level) const {
        if (!leveled()) {
            return {};
        }
        const auto levels = m_run.workload.policy.levels();
        if (level >= levels.size()) {
            return {};
        }
        const auto& quantum = levels[level].quantum;
        QString q = quantum ? QString::number(*quantum) : QStringLiteral("\u221e");
        return tr("Level %1 (q=%2)").arg(level).arg(q);
    }

    int levelLabelWidth() const {
        QFontMetrics fm(m_s.label);
        int widest = 0;
        for (std::size_t i = 0; i < m_state.readyQueues.size(); ++i) {
            widest = std::max(widest, fm.horizontalAdvance(levelLabel(i)));
        }
        return widest > 0 ? widest + m_s.em / 2 : 0;
    }

    QString readyTitle() const {
        if (policy().can.quantum) {
            return tr("Ready queue (q=%1), next to run on the left")
                .arg(m_run.workload.policy.ticks("quantum"));
        }
        return tr("Ready queue, next to run on the left");
    }

    int drawHeader(int y) {
        QFontMetrics fm(m_s.title);
        QString now = m_state.time < 0 ? tr("before t = 0") : tr("t = %1").arg(m_state.time);
        QRect line(m_s.margin, y, m_width - 2 * m_s.margin, fm.height());
        text(line, now, m_s.title, m_s.text);
        line.setLeft(line.left() + fm.horizontalAdvance(now) + m_s.em);
        line.setRight(drawLegend(line) - m_s.em);
        text(line, QString::fromStdString(m_run.result.policy), m_s.label, m_s.muted);
        return y + fm.height() + m_s.gap;
    }

    // Draws the legend at the right end of `line` if it fits in half of it; returns its left.
    int drawLegend(QRect line) {
        QString legend = tr("changed at this instant");
        int w = QFontMetrics(m_s.small).horizontalAdvance(legend) + 1, h = line.height();
        QRect swatch(line.right() - w - m_s.gap - h, line.top() + h / 6, h, h * 2 / 3);
        if (swatch.left() < line.left() + line.width() / 2) {
            return line.right();
        }
        m_p.setPen(QPen(m_s.accent, 4));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRoundedRect(swatch, 4, 4);
        text(QRect(line.right() - w, line.top(), w, h), legend, m_s.small, m_s.text);
        return swatch.left();
    }

    int drawSection(int y, const QString& title, const QString& note = {}) {
        QFontMetrics fm(m_s.label);
        m_p.setPen(QPen(m_s.muted, 1));
        m_p.drawLine(m_s.margin, y + m_s.gap, m_width - m_s.margin, y + m_s.gap);
        QRect line(m_s.margin, y + m_s.gap * 2, m_width - 2 * m_s.margin, fm.height());
        if (!note.isEmpty()) {  // the note matters more at this instant: it goes in full
            QFont bold = m_s.label;
            bold.setBold(true);
            int w = std::min(line.width(), QFontMetrics(bold).horizontalAdvance(note) + 1);
            text(QRect(line.right() - w, line.y(), w, line.height()), note, bold, m_s.accent);
            line.setRight(line.right() - w - m_s.em);
        }
        text(line, title, m_s.label, m_s.muted);
        return y + m_s.sectionHeight();
    }

    int drawCpus(int y) {
        const auto& cpus = m_state.cpus;
        drawRow(y, m_s.cpuHeight(), cpus.size(), [&](std::size_t c) {
            return Item{cpus[c].process, tr("CPU %1").arg(c), cpuCaption(cpus[c]), true,
                        cpus[c].mode};
        });
        return y + m_s.cpuHeight() + m_s.gap;
    }

    QString cpuCaption(const CpuView& cpu) const {
        switch (cpu.mode) {
            case CpuView::Mode::Running:
                return leveled() ? tr("level %1, since %2")
                                    .arg(m_state.levels[cpu.process])
                                    .arg(cpu.since)
                              : tr("running since %1").arg(cpu.since);
            case CpuView::Mode::Switching:
                return tr("switching in");
            case CpuView::Mode::Held:
                return tr("held during its I/O");
            case CpuView::Mode::Idle:
                break;
        }
        return tr("idle");
    }

    int drawReady(int y) {
        for (std::size_t level = 0; level < m_state.readyQueues.size(); ++level) {
            const auto& queue = m_state.readyQueues[level];
            int h = m_s.readyHeight(queue.empty());
            text(QRect(m_s.margin, y, m_left - m_s.margin, h), levelLabel(level), m_s.label,
                 m_s.text);
            drawRow(y, h, queue.size(), [&](std::size_t i) { return Item{queue[i]}; });
            y += h + m_s.gap;
        }
        return y;
    }

    // Soonest back from I/O first: the order they will rejoin the ready queue.
    void drawBlocked(int y) {
        auto blocked = m_state.blocked;
        std::stable_sort(blocked.begin(), blocked.end(),
                         [](const auto& a, const auto& b) { return a.ioLeft < b.ioLeft; });
        drawRow(y, m_s.blockedHeight(), blocked.size(), [&](std::size_t i) {
            return Item{
                blocked[i].process,     {},         tr("I/O %1").arg(blocked[i].ioLeft), false,
                CpuView::Mode::Running, m_s.compact};
        });
    }

    QString nameLine(const Item& item) const {
        return item.oneLine ? name(item.process) + QStringLiteral("  ") + item.caption
                            : name(item.process);
    }

    int boxWidth(const Item& item) const {
        QFontMetrics small(m_s.small);
        if (item.oneLine) {
            return QFontMetrics(m_s.name).horizontalAdvance(nameLine(item)) + m_s.em;
        }
        int widest = std::max({nameWidth(item.process), small.horizontalAdvance(item.caption),
                               small.horizontalAdvance(item.top)});
        return std::clamp(widest + m_s.em, m_s.em * (item.cpu ? 6 : 2), m_s.em * 10);
    }

    void drawRow(int y, int h, std::size_t count, const std::function<Item(std::size_t)>& at) {
        int right = m_width - m_s.margin;
        if (count == 0) {
            return text(QRect(m_left, y, right - m_left, h), tr("empty"), m_s.label, m_s.muted);
        }
        int x = m_left;
        for (std::size_t i = 0; i < count; ++i) {
            Item item = at(i);
            int w = boxWidth(item);
            QFontMetrics fm(m_s.label);
            int reserve = i + 1 < count ? fm.horizontalAdvance(more(count - i)) + m_s.em : 0;
            if (x + w + reserve > right && i > 0) {
                return text(QRect(x + m_s.gap, y, right - x, h), more(count - i), m_s.label,
                            m_s.text);
            }
            drawBox(QRect(x, y, w, h), item);
            x += w + m_s.gap;
        }
    }

    QString more(std::size_t count) const { return tr("+ %1 more").arg(count); }

    void drawBox(QRect r, const Item& item) {
        bool idle = item.process == engine::kNoProcess;
        bool solid = !idle && (!item.cpu || item.mode == CpuView::Mode::Running);
        QColor color = idle ? m_s.muted : processColor(int(item.process), m_s.dark);
        QColor fill = solid ? color
                      : item.mode == CpuView::Mode::Switching
                          ? mixColors(color, m_s.background, 0.35)
                          : QColor(Qt::transparent);
        m_p.setBrush(fill);
        m_p.setPen(solid ? QPen(Qt::NoPen) : QPen(color, 3, Qt::DashLine));
        m_p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 7, 7);
        outlineIfChanged(r, item.process);
        drawLines(r.adjusted(4, 0, -4, 0), solid ? textColorOn(color) : m_s.text,
                  {{item.top, &m_s.small},
                   {nameLine(item), &m_s.name},
                   {item.oneLine ? QString() : item.caption, &m_s.small}});
        if (!idle) {
            m_hits.push_back({r, item.process});
        }
    }

    // The non-empty lines, each in its font, centred as a block in r.
    void drawLines(QRect r, const QColor& ink,
                   std::initializer_list<std::pair<QString, const QFont*>> lines) {
        int total = 0;
        for (const auto& [line, font] : lines) {
            total += line.isEmpty() ? 0 : QFontMetrics(*font).height();
        }
        int y = r.center().y() - total / 2;
        for (const auto& [line, font] : lines) {
            int h = line.isEmpty() ? 0 : QFontMetrics(*font).height();
            text(QRect(r.x(), y, r.width(), h), line, *font, ink, Qt::AlignCenter);
            y += h;
        }
    }

    void outlineIfChanged(QRect r, Pid process) {
        if (process == engine::kNoProcess || !m_state.changedNow(process)) {
            return;
        }
        m_p.setBrush(Qt::NoBrush);
        m_p.setPen(QPen(m_s.accent, 4));
        m_p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 8, 8);
    }

    // Text in a font and colour, elided to the rect's width.
    void text(QRect r, const QString& t, const QFont& font, const QColor& color,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
        m_p.setFont(font);
        m_p.setPen(color);
        const QString shown = QFontMetrics(font).elidedText(t, Qt::ElideRight, r.width());
        m_p.drawText(r, align, shown);
        if (!shown.isEmpty()) {
            m_texts.push_back({r, shown});
        }
    }

    QString name(Pid p) const {
        const auto& processes = m_run.workload.processes;
        return p < processes.size() ? QString::fromStdString(processes[p].name) : QString();
    }
    int nameWidth(Pid p) const { return QFontMetrics(m_s.name).horizontalAdvance(name(p)); }

    QPainter& m_p;
    const Style& m_s;
    const models::Run& m_run;
    const models::InstantState& m_state;
    std::vector<QueueView::Hit>& m_hits;
    std::vector<QueueView::ShownText>& m_texts;
    int m_width = 0;
    int m_left = 0;
};

}  // namespace

QueueView::QueueView(QWidget* parent) : QWidget(parent) {
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void QueueView::setController(models::PlaybackController* controller) {
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
    }
    m_controller = controller;
    if (controller) {
        auto refresh = [this] {
            updateGeometry();
            update();
        };
        connect(controller, &models::PlaybackController::timeChanged, this, refresh);
        connect(controller, &models::PlaybackController::runChanged, this, refresh);
    }
    updateGeometry();
    update();
}

const std::vector<std::vector<engine::Pid>>& QueueView::readyRows() const {
    static const std::vector<std::vector<engine::Pid>> none(1);
    return m_controller && m_controller->run() ? m_controller->state().readyQueues : none;
}

QSize QueueView::sizeHint() const {
    Style style(*this, 1.0);
    return {style.em * 24, style.height(readyRows())};
}

void QueueView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_hits.clear();
    m_texts.clear();
    Style natural(*this, 1.0);
    if (!m_controller || !m_controller->run()) {
        painter.setFont(natural.label);
        painter.setPen(natural.muted);
        painter.drawText(rect(), Qt::AlignCenter, tr("Run a scenario to see its queues"));
        return;
    }
    // Grow with the room there is (the back of the classroom), shrink rather than cut off.
    double scale = std::clamp(double(height()) / natural.height(readyRows()), 0.7, 1.8);
    while (scale > 0.7 && Style(*this, scale).height(readyRows()) > height()) {
        scale -= 0.05;  // font heights do not grow exactly in proportion
    }
    Style style(*this, std::max(0.7, scale));
    style.compact = style.height(readyRows()) > height();
    Scene(painter, style, *m_controller, width(), m_hits, m_texts).draw();
}

bool QueueView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip) {
        return QWidget::event(event);
    }
    auto* help = static_cast<QHelpEvent*>(event);
    auto hit = std::find_if(m_hits.begin(), m_hits.end(),
                            [&](const Hit& h) { return h.rect.contains(help->pos()); });
    QToolTip::showText(help->globalPos(),
                       hit == m_hits.end() ? QString() : toolTipFor(hit->process));
    return true;
}

QString QueueView::toolTipFor(engine::Pid process) const {
    const auto& run = *m_controller->run();
    const auto& state = m_controller->state();
    const auto& spec = run.workload.processes[process];
    QString text = tr("%1: %2, arrived at %3")
                       .arg(QString::fromStdString(spec.name), stateLabel(state.states[process]))
                       .arg(spec.arrival);
    if (engine::findPolicy(run.workload.policy.name)->can.levels) {
        text += tr(", level %1").arg(state.levels[process]);
    }
    return text;
}

}  // namespace schedlab::ui

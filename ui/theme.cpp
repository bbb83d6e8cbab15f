// SPDX-License-Identifier: Apache-2.0
#include "ui/theme.h"

// Qt
#include <QApplication>
#include <QFile>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

// Q_INIT_RESOURCE declares a global function, so it must be used outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(oncoview_resources);
}

namespace oncoview::ui {

namespace {

void applyDarkPalette(QApplication &app)
{
    QPalette palette;
    const QColor window(0x16, 0x19, 0x1d);
    const QColor base(0x1b, 0x1f, 0x24);
    const QColor text(0xd6, 0xdb, 0xe1);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x25, 0x2b, 0x32));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x2c, 0x4a, 0x63));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x75, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x5d, 0x66, 0x70));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x5d, 0x66, 0x70));
    app.setPalette(palette);
}

} // namespace

void applyTheme(QApplication &app, const QString &theme, double fontPointSize)
{
    initResources();
    // The desktop's font, as it was before any call here changed it.
    static const QFont desktopFont = QApplication::font();
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == QLatin1String("light")) {
        app.setPalette(app.style()->standardPalette());
        app.setStyleSheet({});
    } else {
        applyDarkPalette(app);
        QFile style(QStringLiteral(":/oncoview/styles/dark.qss"));
        if (style.open(QIODevice::ReadOnly)) {
            app.setStyleSheet(QString::fromUtf8(style.readAll()));
        }
    }
    QFont font = desktopFont;
    if (fontPointSize > 0) {
        font.setPointSizeF(fontPointSize);
    }
    app.setFont(font);
}

} // namespace oncoview::ui

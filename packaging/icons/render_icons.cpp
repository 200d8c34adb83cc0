// SPDX-License-Identifier: GPL-3.0-or-later
// Renders resources/icons/segmenta.svg to packaging/icons/<size>/org.segmenta.Segmenta.png
// with QtSvg (Debian's ImageMagick has no SVG delegate without librsvg). Build and run:
//   g++ -std=c++17 -fPIC packaging/icons/render_icons.cpp -o /tmp/render_icons \
//       $(pkg-config --cflags --libs Qt6Gui Qt6Svg)
//   QT_QPA_PLATFORM=offscreen /tmp/render_icons resources/icons/segmenta.svg packaging/icons
// (rsvg-convert -w N -h N gives the same result where librsvg2-bin is installed.)
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QDir>
int main(int argc, char** argv) {
  QGuiApplication app(argc, argv);
  QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
  if (!svg.isValid()) return 2;
  for (int s : {16, 32, 48, 64, 128, 256}) {
    QImage img(s, s, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    svg.render(&p);
    p.end();
    const QString dir = QString::fromLocal8Bit(argv[2]) + QStringLiteral("/%1").arg(s);
    QDir().mkpath(dir);
    if (!img.save(dir + QStringLiteral("/org.segmenta.Segmenta.png"))) return 3;
  }
}

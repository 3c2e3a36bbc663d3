using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Steward.Web.Bidding;

/// <summary>
/// Writes flowing text onto A4 pages with PDFsharp: headings, paragraphs and "key: value" lines, wrapped at word
/// boundaries (a word wider than the line, such as a hash, is broken anywhere), a new page when one is full.
/// </summary>
internal sealed class PdfTextWriter : IDisposable
{
    private const double Margin = 56;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly PdfDocument _document;
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
    private XGraphics? _graphics;
    private PdfPage? _page;
    private double _y;

    public PdfTextWriter(PdfDocument document)
    {
        _document = document;
        Body = new XFont(SummaryFonts.Family, 10, XFontStyleEx.Regular, Unicode);
        Strong = new XFont(SummaryFonts.Family, 10, XFontStyleEx.Bold, Unicode);
        Heading = new XFont(SummaryFonts.Family, 13, XFontStyleEx.Bold, Unicode);
        Title = new XFont(SummaryFonts.Family, 17, XFontStyleEx.Bold, Unicode);
        Small = new XFont(SummaryFonts.Family, 8, XFontStyleEx.Regular, Unicode);
    }

    public XFont Body { get; }

    public XFont Strong { get; }

    public XFont Heading { get; }

    public XFont Title { get; }

    public XFont Small { get; }

    private double Width => (_page?.Width.Point ?? XUnit.FromMillimeter(210).Point) - (2 * Margin);

    private double Bottom => (_page?.Height.Point ?? XUnit.FromMillimeter(297).Point) - Margin;

    /// <summary>A paragraph in <paramref name="font"/>, indented by <paramref name="indent"/> points, with space after it.</summary>
    public void Paragraph(string text, XFont font, double indent = 0, double after = 6)
    {
        foreach (var line in Wrap(text, font, Width - indent))
        {
            Line(line, font, indent);
        }

        _y += after;
    }

    /// <summary>A heading, kept on the page with at least the next few lines.</summary>
    public void Header(string text, XFont font)
    {
        if (_graphics is null || _y + (font.GetHeight() * 4) > Bottom)
        {
            NewPage();
        }

        _y += font.GetHeight() / 2;
        Paragraph(text, font, after: font.GetHeight() / 3);
    }

    /// <summary>A fact in two columns: its key in bold on the left, its value wrapped on the right.</summary>
    public void Fact(string key, string value, double indent = 0)
    {
        const double keyWidth = 150;
        var keys = Wrap(key, Strong, keyWidth - 8);
        var values = Wrap(value, Body, Width - indent - keyWidth);
        for (var i = 0; i < Math.Max(keys.Count, values.Count); i++)
        {
            var height = Body.GetHeight();
            if (_graphics is null || _y + height > Bottom)
            {
                NewPage();
            }

            if (i < keys.Count)
            {
                _graphics!.DrawString(keys[i], Strong, XBrushes.Black, new XPoint(Margin + indent, _y), XStringFormats.TopLeft);
            }

            if (i < values.Count)
            {
                _graphics!.DrawString(values[i], Body, XBrushes.Black, new XPoint(Margin + indent + keyWidth, _y), XStringFormats.TopLeft);
            }

            _y += height * 1.15;
        }

        _y += 3;
    }

    /// <summary>Numbers every page "page N of M" with <paramref name="footer"/> before it.</summary>
    public void Footers(string footer)
    {
        _graphics?.Dispose();
        _graphics = null;
        for (var i = 0; i < _document.PageCount; i++)
        {
            var page = _document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = $"{footer} · page {i + 1} of {_document.PageCount}";
            graphics.DrawString(text, Small, XBrushes.DimGray, new XPoint(Margin, page.Height.Point - (Margin / 2)), XStringFormats.TopLeft);
        }
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _measure.Dispose();
    }

    private void Line(string text, XFont font, double indent)
    {
        var height = font.GetHeight();
        if (_graphics is null || _y + height > Bottom)
        {
            NewPage();
        }

        _graphics!.DrawString(text, font, XBrushes.Black, new XPoint(Margin + indent, _y), XStringFormats.TopLeft);
        _y += height * 1.15;
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        double Measure(string part) => _measure.MeasureString(part, font).Width;
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (Measure(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && Measure(line) > width)
                {
                    var fits = line.Length - 1;
                    while (fits > 1 && Measure(line[..fits]) > width)
                    {
                        fits--;
                    }

                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}

using PdfSharp.Fonts;

namespace Steward.Web.Bidding;

/// <summary>
/// The fonts assessment summaries are written in: DejaVu Sans and DejaVu Sans Bold, embedded in the portal
/// (Bidding/Fonts, with their licence), so a PDF is made the same on any machine without a font package. Every family
/// PDFsharp asks for resolves to them.
/// </summary>
public sealed class SummaryFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";

    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();

    private static readonly Dictionary<string, byte[]> Faces = new(StringComparer.Ordinal);

    /// <summary>Makes these the fonts PDFsharp resolves, once per process (PDFsharp's setting is global).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not SummaryFonts)
            {
                GlobalFontSettings.FontResolver = new SummaryFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        lock (Gate)
        {
            if (!Faces.TryGetValue(faceName, out var face))
            {
                using var stream = typeof(SummaryFonts).Assembly.GetManifestResourceStream($"fonts/{faceName}.ttf")
                    ?? throw new InvalidOperationException($"the font {faceName} is not embedded in the portal (Steward.Web.csproj)");
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                face = buffer.ToArray();
                Faces[faceName] = face;
            }

            return face;
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Steward.Web.Tests.Bidding;

/// <summary>
/// The text of a PDF as a reader would extract it, with PDFsharp's own reader: each page's text-showing operators,
/// decoded through the fonts' ToUnicode maps (PDFsharp writes Unicode text as glyph ids), one line per operator.
/// </summary>
internal static partial class PdfText
{
    public static (int Pages, string Text) Extract(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            var maps = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
            if (page.Resources.Elements.GetDictionary("/Font") is { } fonts)
            {
                foreach (var name in fonts.Elements.Keys)
                {
                    if (fonts.Elements.GetDictionary(name)?.Elements.GetDictionary("/ToUnicode") is { Stream: { } stream })
                    {
                        maps[name] = Map(Encoding.ASCII.GetString(stream.UnfilteredValue));
                    }
                }
            }

            string? font = null;
            Walk(ContentReader.ReadContent(page), maps, ref font, text);
        }

        return (document.PageCount, text.ToString());
    }

    /// <summary>The base font names the pages use (a subset's name starts with its tag, <c>ABCDEF+DejaVuSans</c>).</summary>
    public static IReadOnlyList<string> Fonts(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var names = new List<string>();
        foreach (var page in document.Pages)
        {
            if (page.Resources.Elements.GetDictionary("/Font") is { } fonts)
            {
                names.AddRange(fonts.Elements.Keys.Select(k => fonts.Elements.GetDictionary(k)?.Elements.GetName("/BaseFont") ?? string.Empty));
            }
        }

        return [.. names.Distinct()];
    }

    /// <summary>Whitespace collapsed to single spaces, for comparing wrapped text with what was written.</summary>
    public static string Flat(string text) => WhiteSpace().Replace(text, " ").Trim();

    private static void Walk(CSequence sequence, Dictionary<string, Dictionary<int, string>> maps, ref string? font, StringBuilder text)
    {
        foreach (var item in sequence)
        {
            if (item is not COperator op)
            {
                if (item is CSequence inner)
                {
                    Walk(inner, maps, ref font, text);
                }

                continue;
            }

            switch (op.OpCode.Name)
            {
                case "Tf":
                    font = (op.Operands[0] as CName)?.Name;
                    break;
                case "Tj" or "'" or "\"":
                    text.Append(Decode(op.Operands[^1] as CString, font is null ? null : maps.GetValueOrDefault(font))).Append('\n');
                    break;
                case "TJ":
                    foreach (var part in (op.Operands[0] as CArray ?? []).OfType<CString>())
                    {
                        text.Append(Decode(part, font is null ? null : maps.GetValueOrDefault(font)));
                    }

                    text.Append('\n');
                    break;
            }
        }
    }

    private static string Decode(CString? value, Dictionary<int, string>? map)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var bytes = value.Value.Select(c => (byte)c).ToArray();
        if (map is null)
        {
            return Encoding.Latin1.GetString(bytes);
        }

        var text = new StringBuilder();
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            text.Append(map.GetValueOrDefault((bytes[i] << 8) | bytes[i + 1], "\uFFFD"));
        }

        return text.ToString();
    }

    private static Dictionary<int, string> Map(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match block in BfChar().Matches(cmap))
        {
            foreach (Match pair in Pair().Matches(block.Groups[1].Value))
            {
                map[Hex(pair.Groups[1].Value)] = Utf16(pair.Groups[2].Value);
            }
        }

        foreach (Match block in BfRange().Matches(cmap))
        {
            foreach (Match range in Range().Matches(block.Groups[1].Value))
            {
                var (from, to, start) = (Hex(range.Groups[1].Value), Hex(range.Groups[2].Value), Hex(range.Groups[3].Value));
                for (var code = from; code <= to; code++)
                {
                    map[code] = char.ConvertFromUtf32(start + code - from);
                }
            }
        }

        return map;
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex) =>
        new([.. Enumerable.Range(0, hex.Length / 4).Select(i => (char)Hex(hex.Substring(i * 4, 4)))]);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Pair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Range();
}

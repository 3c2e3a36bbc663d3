using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Steward.Web.Charts;

/// <summary>
/// Small charts drawn on the server as SVG (ADR 0009): no script, no inline styles (colours come from
/// <c>/css/steward.css</c>), a title and description for screen readers, and always a data table beside them on the page.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private const int LabelWidth = 220;
    private const int BarHeight = 22;
    private const int Gap = 8;

    /// <summary>Horizontal bars, one per label, scaled to <paramref name="max"/> (the largest value when null).</summary>
    public static IHtmlContent Bars(string id, string title, string description, IReadOnlyList<(string Label, double? Value)> bars,
        Func<double, string> format, double? max = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(format);
        var top = max ?? bars.Select(b => b.Value ?? 0).DefaultIfEmpty(0).Max();
        var height = (bars.Count * (BarHeight + Gap)) + Gap;
        var svg = Open(id, title, description, Width, height);
        var plot = Width - LabelWidth - 90;
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = Gap + (i * (BarHeight + Gap));
            var length = value is { } v && top > 0 ? Math.Max(1, v / top * plot) : 0;
            svg.Append(Invariant($"<text class=\"steward-chart__label\" x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{Encode(Clip(label, 34))}</text>"));
            if (value is not null)
            {
                svg.Append(Invariant($"<rect class=\"steward-chart__bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight}\"></rect>"));
            }

            svg.Append(Invariant($"<text class=\"steward-chart__value\" x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 16}\">{Encode(value is { } shown ? format(shown) : "no data")}</text>"));
        }

        return Close(svg);
    }

    /// <summary>Lines over years, one per series (values 0–1 drawn as percentages); points without a value are skipped.</summary>
    public static IHtmlContent ShareLines(string id, string title, string description, IReadOnlyList<int> years,
        IReadOnlyList<(string Name, IReadOnlyList<double?> Values)> series)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(series);
        const int height = 260, left = 48, right = 20, topMargin = 16, bottom = 56;
        var plotWidth = Width - left - right;
        var plotHeight = height - topMargin - bottom;
        var svg = Open(id, title, description, Width, height);
        double X(int i) => left + (years.Count <= 1 ? plotWidth / 2.0 : i * plotWidth / (double)(years.Count - 1));
        double Y(double share) => topMargin + ((1 - Math.Clamp(share, 0, 1)) * plotHeight);
        foreach (var tick in new[] { 0, 0.25, 0.5, 0.75, 1 })
        {
            svg.Append(Invariant($"<line class=\"steward-chart__grid\" x1=\"{left}\" x2=\"{Width - right}\" y1=\"{Y(tick):0.#}\" y2=\"{Y(tick):0.#}\"></line>"));
            svg.Append(Invariant($"<text class=\"steward-chart__axis\" x=\"{left - 6}\" y=\"{Y(tick) + 4:0.#}\" text-anchor=\"end\">{tick * 100:0}%</text>"));
        }

        for (var i = 0; i < years.Count; i++)
        {
            svg.Append(Invariant($"<text class=\"steward-chart__axis\" x=\"{X(i):0.#}\" y=\"{height - bottom + 18}\" text-anchor=\"middle\">{years[i]}</text>"));
        }

        for (var s = 0; s < series.Count; s++)
        {
            var (name, values) = series[s];
            var points = Enumerable.Range(0, Math.Min(values.Count, years.Count)).Where(i => values[i] is not null)
                .Select(i => Invariant($"{X(i):0.#},{Y(values[i]!.Value):0.#}")).ToList();
            if (points.Count > 1)
            {
                svg.Append(Invariant($"<polyline class=\"steward-chart__line steward-chart__line--{s}\" points=\"{string.Join(' ', points)}\"></polyline>"));
            }

            foreach (var point in points)
            {
                var xy = point.Split(',');
                svg.Append(Invariant($"<circle class=\"steward-chart__point steward-chart__line--{s}\" cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"4\"></circle>"));
            }

            var legendX = left + (s * 200);
            svg.Append(Invariant($"<rect class=\"steward-chart__key steward-chart__line--{s}\" x=\"{legendX}\" y=\"{height - 22}\" width=\"14\" height=\"14\"></rect>"));
            svg.Append(Invariant($"<text class=\"steward-chart__label\" x=\"{legendX + 20}\" y=\"{height - 10}\">{Encode(name)}</text>"));
        }

        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description, int width, int height) =>
        new StringBuilder().Append(Invariant(
            $"<svg class=\"steward-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">"))
            .Append(Invariant($"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>"));

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Steward.Web.Charts;
using Steward.Web.TagHelpers;

namespace Steward.Web.Tests;

/// <summary>Our GOV.UK components emit the Design System's documented markup (one approved-HTML test each), and charts are accessible SVG.</summary>
public sealed class ComponentTests
{
    [Fact]
    public async Task GovukTag_EmitsTheTagComponent()
    {
        var html = await Render(new GovukTagTagHelper { Colour = "red" }, "govuk-tag", "R003");

        Assert.Equal("<strong class=\"govuk-tag govuk-tag--red\">R003</strong>", html);
    }

    [Fact]
    public async Task GovukTag_UnknownColour_IsAPlainTag()
    {
        Assert.Equal("<strong class=\"govuk-tag\">x</strong>", await Render(new GovukTagTagHelper { Colour = "javascript" }, "govuk-tag", "x"));
    }

    [Fact]
    public async Task GovukSummaryRow_EmitsAKeyAndValueRow_WithTheKeyEncoded()
    {
        var html = await Render(new GovukSummaryRowTagHelper { Key = "Value <awarded>" }, "govuk-summary-row", "£1");

        Assert.Equal("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">Value &lt;awarded&gt;</dt><dd class=\"govuk-summary-list__value\">£1</dd></div>", html);
        Assert.Equal("<dl class=\"govuk-summary-list\"></dl>", await Render(new GovukSummaryListTagHelper(), "govuk-summary-list", string.Empty));
    }

    [Fact]
    public void Bars_AreAnAccessibleSvgWithEncodedLabels()
    {
        var svg = Write(SvgChart.Bars("c", "Shares <by> year", "Desc & more", [("A&B <x>", 50), ("None", null)], v => $"{v}%", 100));

        Assert.StartsWith("<svg class=\"steward-chart\"", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"c-title c-desc\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"c-title\">Shares &lt;by&gt; year</title>", svg, StringComparison.Ordinal);
        Assert.Contains("A&amp;B &lt;x&gt;", svg, StringComparison.Ordinal);
        Assert.Contains(">no data</text>", svg, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "<rect "));
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ShareLines_DrawOnePointPerKnownValue()
    {
        var svg = Write(SvgChart.ShareLines("l", "t", "d", [2023, 2024, 2025], [("SME", [0.1, null, 0.3]), ("VCSE", [0.2, 0.25, 0.5])]));

        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(svg, "<circle "));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(svg, "<polyline "));
        Assert.Contains(">2024</text>", svg, StringComparison.Ordinal);
    }

    private static string Write(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private static async Task<string> Render(TagHelper helper, string tag, string childContent)
    {
        var context = new TagHelperContext(tag, [], new Dictionary<object, object>(), "id");
        var output = new TagHelperOutput(tag, [], (_, _) =>
        {
            var content = new DefaultTagHelperContent();
            content.AppendHtml(childContent);
            return Task.FromResult<TagHelperContent>(content);
        });
        await helper.ProcessAsync(context, output);
        if (output.Content.IsEmptyOrWhiteSpace && !output.IsContentModified)
        {
            output.Content.AppendHtml(childContent);
        }

        return Write(output);
    }
}

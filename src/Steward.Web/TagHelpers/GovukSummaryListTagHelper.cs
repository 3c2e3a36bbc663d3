using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Steward.Web.TagHelpers;

/// <summary>
/// <c>&lt;govuk-summary-list&gt;</c> holding <c>&lt;govuk-summary-row key="…"&gt;value&lt;/govuk-summary-row&gt;</c> →
/// the Design System's summary list (<c>dl.govuk-summary-list</c> with key/value rows).
/// </summary>
[HtmlTargetElement("govuk-summary-list")]
public sealed class GovukSummaryListTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "dl";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list");
    }
}

[HtmlTargetElement("govuk-summary-row", ParentTag = "govuk-summary-list")]
public sealed class GovukSummaryRowTagHelper : TagHelper
{
    public string Key { get; set; } = string.Empty;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync().ConfigureAwait(false);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list__row");
        output.Content.AppendHtml("<dt class=\"govuk-summary-list__key\">");
        output.Content.Append(Key);
        output.Content.AppendHtml("</dt><dd class=\"govuk-summary-list__value\">");
        output.Content.AppendHtml(content);
        output.Content.AppendHtml("</dd>");
    }
}

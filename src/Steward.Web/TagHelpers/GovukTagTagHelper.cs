using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Steward.Web.TagHelpers;

/// <summary>
/// <c>&lt;govuk-tag colour="red"&gt;text&lt;/govuk-tag&gt;</c> → the Design System's tag component:
/// <c>&lt;strong class="govuk-tag govuk-tag--red"&gt;text&lt;/strong&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovukTagTagHelper : TagHelper
{
    private static readonly HashSet<string> Colours = ["grey", "green", "turquoise", "blue", "light-blue", "purple", "pink", "red", "orange", "yellow"];

    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        var classes = Colour is not null && Colours.Contains(Colour) ? $"govuk-tag govuk-tag--{Colour}" : "govuk-tag";
        output.Attributes.SetAttribute("class", classes);
    }
}

using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Steward.Web.Analytics;

/// <summary>
/// docs/indicators.md (embedded at build) as HTML in GOV.UK styles, for the "about the data" page: the page shows
/// the same definitions the code is documented by. Raw HTML in the Markdown is not passed through.
/// </summary>
public sealed class IndicatorDocument
{
    public IndicatorDocument()
    {
        using var stream = typeof(IndicatorDocument).Assembly.GetManifestResourceStream("indicators.md")
                           ?? throw new InvalidOperationException("docs/indicators.md is not embedded in the web app.");
        using var reader = new StreamReader(stream);
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoIdentifiers().DisableHtml().Build();
        var document = Markdown.Parse(reader.ReadToEnd(), pipeline);
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    heading.GetAttributes().AddClass(heading.Level switch { 1 => "govuk-heading-l", 2 => "govuk-heading-m", _ => "govuk-heading-s" });
                    heading.Level = Math.Min(6, heading.Level + 1);
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is MarkdownDocument or QuoteBlock:
                    paragraph.GetAttributes().AddClass("govuk-body");
                    break;
                case ListBlock list:
                    list.GetAttributes().AddClass(list.IsOrdered ? "govuk-list govuk-list--number" : "govuk-list govuk-list--bullet");
                    break;
                case Markdig.Extensions.Tables.Table table:
                    table.GetAttributes().AddClass("govuk-table");
                    break;
            }
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            link.GetAttributes().AddClass("govuk-link");
        }

        Html = new HtmlString(document.ToHtml(pipeline));
    }

    public IHtmlContent Html { get; }
}

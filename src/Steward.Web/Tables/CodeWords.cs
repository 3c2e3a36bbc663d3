using Microsoft.AspNetCore.Html;
using Steward.Core.Processes;
using Steward.Web.Analytics;

namespace Steward.Web.Tables;

/// <summary>
/// Published codes in words, as table columns (<see cref="TableColumn.Words"/>) and summary rows show them: the words
/// from Core's lists, the code on a second line (<c>.steward-code</c>), and the code alone when no list knows it.
/// </summary>
public static class CodeWords
{
    /// <summary>A CPV code in words (<see cref="CpvDivisions"/>): a division by its name, a finer code by its division.</summary>
    public static string? Cpv(object? code) => CpvDivisions.Describe(code as string);

    /// <summary>
    /// CPV codes in words, a finer code by the words the store's publishers gave it (<see cref="ReportSnapshot.CpvNames"/>)
    /// when they gave some, else as <see cref="Cpv(object?)"/>.
    /// </summary>
    public static Func<object?, string?> Cpv(IReadOnlyDictionary<string, string> published) => code => CpvDivisions.Describe(code as string, published);

    /// <summary>A region code in words (<see cref="UkAreas"/>).</summary>
    public static string? Region(object? code) => code as string == "UK" ? "United Kingdom (several regions)" : UkAreas.Name(code as string);

    public static string? Procedure(object? code) => ProcurementMethods.Name(code as string);

    public static string? TenderStatus(object? code) => TenderStatuses.Name(code as string);

    public static string? AwardStatus(object? code) => AwardStatuses.Name(code as string);

    public static string? ContractStatus(object? code) => ContractStatuses.Name(code as string);

    public static string? Scale(object? code) => SupplierScales.Name(code as string);

    public static string? Notice(object? code) => NoticeTypes.Name(code as string);

    public static string? Document(object? code) => DocumentTypes.Name(code as string);

    public static string? BuyerType(object? code) => PublishedBuyerTypes.Name(code as string);

    /// <summary>
    /// The code's words (then <paramref name="more"/>, such as the publisher's own description) with the code on a
    /// second line; the code alone when it has no words; "Not published" when there is none. Encoded.
    /// </summary>
    public static IHtmlContent Show(string? code, Func<object?, string?> words, string? more = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var html = new HtmlContentBuilder();
        var name = code is null ? null : words(code);
        html.Append(name ?? code ?? CellFormat.Missing);
        if (more is not null)
        {
            html.Append(more);
        }

        return name is null || code is null ? html : html.AppendHtml("<span class=\"steward-code\">").Append(code).AppendHtml("</span>");
    }
}

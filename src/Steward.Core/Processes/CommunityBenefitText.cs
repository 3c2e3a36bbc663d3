using System.Text.Json;
using Steward.Core.Analytics;

namespace Steward.Core.Processes;

/// <summary>
/// The words a process publishes about community benefits or social value outside its award criteria: Sell2Wales
/// and Public Contracts Scotland write them into the release's <c>description</c>, others into
/// <c>tender.description</c>, a lot's description or <c>tender.contractTerms.performanceTerms</c>. The excerpt starts
/// at the first sentence that names one of <see cref="SocialValueCriteria.DefaultPhrases"/> and runs to a sentence
/// end within <see cref="MaxLength"/> characters (docs/indicators.md, "Social value in peers' tenders").
/// </summary>
public sealed record CommunityBenefitText(string Source, string Excerpt)
{
    public const int MaxLength = 1500;

    /// <summary>The phrases, searched for all at once: the first place any of them starts, as the least of one search each.</summary>
    private static readonly System.Buffers.SearchValues<string> Phrases =
        System.Buffers.SearchValues.Create([.. SocialValueCriteria.DefaultPhrases], StringComparison.OrdinalIgnoreCase);

    /// <summary>The first text in the order above that names social value or community benefits, or null.</summary>
    public static CommunityBenefitText? Find(JsonElement compiled)
    {
        var tender = compiled.Field("tender");
        var texts = new List<(string Source, string? Text)>
        {
            ("description", compiled.Text("description")),
            ("tender.description", tender.Text("description")),
            ("tender.contractTerms.performanceTerms", tender.Field("contractTerms").Text("performanceTerms")),
        };
        texts.AddRange(tender.Objects("lots").Select(lot => ($"tender.lots[{lot.Text("id")}].description", lot.Text("description"))));
        foreach (var (source, text) in texts)
        {
            if (text is not null && ExcerptOf(text) is { } excerpt)
            {
                return new CommunityBenefitText(source, excerpt);
            }
        }

        return null;
    }

    /// <summary>From the sentence that first names social value or community benefits, to a sentence end within <see cref="MaxLength"/> characters; null when none does.</summary>
    public static string? ExcerptOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Phrases);
        if (first < 0)
        {
            return null;
        }

        var start = SentenceStart(text, first);
        var end = Math.Min(text.Length, start + MaxLength);
        if (end < text.Length)
        {
            var stop = text.LastIndexOfAny(['.', '\n'], end - 1, end - first);
            end = stop > first ? stop + 1 : end;
        }

        var excerpt = text[start..end].Trim();
        return end < text.Length ? excerpt + " …" : excerpt;
    }

    private static int SentenceStart(string text, int index)
    {
        for (var i = index - 1; i > 0; i--)
        {
            if (text[i] == '\n' || (char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or ':' or '!' or '?'))
            {
                return i + 1;
            }
        }

        return 0;
    }
}

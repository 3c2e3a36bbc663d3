using System.Text.Json;
using System.Text.RegularExpressions;

namespace Steward.Core.Processes;

/// <summary>
/// Whether a process sets up a framework agreement or a dynamic market (a dynamic purchasing system before the
/// Procurement Act 2023), or calls off from one (docs/indicators.md, "Frameworks and dynamic markets"). A framework's
/// or dynamic market's award values are ceilings on what its members may be paid, not spend; a call-off is spend.
/// Each answer names what it was read from, in this order: a call-off from the procedure's words or a related
/// framework process; then <c>tender.techniques</c>; then a dynamic market notice (UK13–UK16); then a description
/// that says it sets one up; then the procedure's words; then, as a last resort, the title
/// (call-off words first).
/// </summary>
public static partial class Arrangements
{
    public const string Framework = "framework";
    public const string DynamicMarket = "dynamicMarket";

    /// <summary>The arrangement of a compiled release whose notices have been read.</summary>
    public static ArrangementFacts Read(JsonElement compiled, IReadOnlyList<NoticeFacts> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var tender = compiled.Field("tender");
        var details = tender.Text("procurementMethodDetails");
        if (details is not null && CallOffWords().Match(details) is { Success: true } callOff)
        {
            return new ArrangementFacts(null, null, true, $"tender.procurementMethodDetails \"{details}\" (\"{callOff.Value}\")");
        }

        if (compiled.Objects("relatedProcesses").FirstOrDefault(p => p.Strings("relationship").Contains("framework")) is { ValueKind: JsonValueKind.Object } related)
        {
            return new ArrangementFacts(null, null, true, $"relatedProcesses: relationship \"framework\" to {related.Text("identifier") ?? related.Text("title") ?? "a framework"}");
        }

        var techniques = tender.Field("techniques");
        if (techniques.Boolean("hasDynamicPurchasingSystem") == true || techniques.Field("dynamicPurchasingSystem").ValueKind == JsonValueKind.Object)
        {
            return new ArrangementFacts(DynamicMarket, "tender.techniques.dynamicPurchasingSystem", false, null);
        }

        if (techniques.Boolean("hasFrameworkAgreement") == true || techniques.Field("frameworkAgreement").ValueKind == JsonValueKind.Object)
        {
            return new ArrangementFacts(Framework, "tender.techniques.frameworkAgreement", false, null);
        }

        if (notices.FirstOrDefault(n => n.NoticeType is "UK13" or "UK14" or "UK15" or "UK16") is { } notice)
        {
            return new ArrangementFacts(DynamicMarket, $"a {notice.NoticeType} dynamic market notice", false, null);
        }

        // The description, only where it says the process sets one up ("this framework will provide…", "to establish a
        // framework contract"), not merely that it names one (a call-off names the framework it calls off from).
        if (tender.Text("description") is { } description && EstablishingWords().Match(description) is { Success: true } establishing)
        {
            return new ArrangementFacts(DynamicMarketWords().IsMatch(establishing.Value) ? DynamicMarket : Framework,
                $"tender.description (\"{establishing.Value}\")", false, null);
        }

        foreach (var (field, text) in new[] { ("tender.procurementMethodDetails", details), ("tender.title", tender.Text("title")) })
        {
            if (text is null)
            {
                continue;
            }

            if (field == "tender.title" && CallOffWords().Match(text) is { Success: true } titleCallOff)
            {
                return new ArrangementFacts(null, null, true, $"{field} \"{text}\" (\"{titleCallOff.Value}\")");
            }

            if (DynamicMarketWords().Match(text) is { Success: true } dynamic)
            {
                return new ArrangementFacts(DynamicMarket, $"{field} \"{text}\" (\"{dynamic.Value}\")", false, null);
            }

            if (FrameworkWords().Match(text) is { Success: true } framework)
            {
                return new ArrangementFacts(Framework, $"{field} \"{text}\" (\"{framework.Value}\")", false, null);
            }
        }

        return ArrangementFacts.None;
    }

    [GeneratedRegex(@"call[\s-]*offs?\b|award(ed)? under (a |the )?framework|under (a |the )?(framework|dynamic purchasing system|dps)\b|from (a |the )?(framework|dynamic purchasing system|dps)\b|further competition|mini[\s-]*competition|catalogue purchase|via [^.]*\b(framework|dps)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallOffWords();

    [GeneratedRegex(@"\b(this|the new|a new|establish(es|ed|ing)?( a| an| the)?|put in place( a)?|set up( a)?|create( a)?) (multi[\s-]supplier |multi[\s-]lot |single[\s-]supplier |open |national |regional )?(framework|dynamic purchasing system|dps|dynamic market)\b|\bthe (framework( agreement| contract)?|dynamic purchasing system|dps|dynamic market)( \(dps\))? will (provide|be|allow|enable|cover|consist)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EstablishingWords();

    [GeneratedRegex(@"dynamic purchasing system|\bdps\b|dynamic market", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DynamicMarketWords();

    [GeneratedRegex(@"\bframework\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrameworkWords();
}

/// <summary>
/// A process's arrangement: <see cref="Kind"/> is <c>framework</c>, <c>dynamicMarket</c> or null (an ordinary
/// contract), with what it was read from; <see cref="CallOff"/> says it calls off from a framework or dynamic market.
/// </summary>
public sealed record ArrangementFacts(string? Kind, string? Source, bool CallOff, string? CallOffSource)
{
    public static readonly ArrangementFacts None = new(null, null, false, null);

    /// <summary>Its awards' values are ceilings on what members may be paid under it, not spend.</summary>
    public bool SetsCeiling => Kind is not null;
}

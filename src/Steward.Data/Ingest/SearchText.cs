using System.Text;
using Steward.Core.Processes;

namespace Steward.Data.Ingest;

/// <summary>
/// What a process is found by besides its title: its organisations' names (never officials' names:
/// <c>contactPoint</c> is not read), its lots' titles, its CPV descriptions, its tender description and the release's
/// own description (where Sell2Wales and Public Contracts Scotland publish community benefits), capped in length.
/// </summary>
internal static class SearchText
{
    /// <summary>Enough for a long description and the release's further information; keeps the index small.</summary>
    public const int MaxLength = 6000;

    public static string Body(ProcessFacts facts)
    {
        var text = new StringBuilder();
        void Add(string? part)
        {
            if (!string.IsNullOrWhiteSpace(part) && text.Length < MaxLength)
            {
                text.Append(part.Trim()).Append('\n');
            }
        }

        Add(facts.BuyerName);
        foreach (var name in facts.Parties.Select(p => p.Name).Distinct(StringComparer.Ordinal))
        {
            Add(name);
        }

        foreach (var lot in facts.Lots)
        {
            Add(lot.Title);
        }

        foreach (var description in facts.Classifications.Select(c => c.Description).Distinct(StringComparer.Ordinal))
        {
            Add(description);
        }

        Add(facts.Description);
        Add(facts.ReleaseDescription);
        return text.Length > MaxLength ? text.ToString(0, MaxLength) : text.ToString();
    }
}

using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.Tenders;

/// <summary>
/// The versions of the Social Value Model Steward knows, read from reference data: the copy shipped inside Steward
/// (SocialValueModels.json) or a replacement file a deployment names. A design's outcome is named
/// <c>MODEL:OUTCOME</c> (<c>ppn002:1</c>, <c>ppn026:good-jobs</c>).
/// </summary>
public sealed class SocialValueModels
{
    private static readonly Lazy<SocialValueModels> Shipped = new(LoadShipped);

    public SocialValueModels(IReadOnlyList<SocialValueModel> models, string about)
    {
        Models = models;
        About = about;
    }

    public IReadOnlyList<SocialValueModel> Models { get; }

    /// <summary>What the reference data says of itself (its sources and their standing).</summary>
    public string About { get; }

    /// <summary>The copy shipped with Steward.</summary>
    public static SocialValueModels Default => Shipped.Value;

    public SocialValueModel? Find(string id) => Models.FirstOrDefault(m => m.Id == id);

    /// <summary>The version that applies to a procurement starting on <paramref name="start"/> worth <paramref name="value"/>, or null for none.</summary>
    public SocialValueModel? For(DateOnly start, decimal? value) => Models.FirstOrDefault(m => m.AppliesTo(start, value));

    /// <summary>The version in force on <paramref name="start"/>, whatever the value (to say which one a low value falls outside).</summary>
    public SocialValueModel? InForce(DateOnly start) =>
        Models.FirstOrDefault(m => start >= m.AppliesFrom && (m.AppliesUntil is not { } until || start <= until));

    /// <summary>The model and outcome a reference <c>MODEL:OUTCOME</c> names, or null when it names none.</summary>
    public (SocialValueModel Model, SocialValueOutcome Outcome)? Resolve(string? reference)
    {
        var colon = reference?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || Find(reference![..colon]) is not { } model || model.Outcome(reference[(colon + 1)..]) is not { } outcome)
        {
            return null;
        }

        return (model, outcome);
    }

    /// <summary>Reads a models file (the shape of SocialValueModels.json); every problem names its JSON path.</summary>
    public static Result<SocialValueModels> Read(JsonElement root) => SocialValueModelsJson.Read(root);

    private static SocialValueModels LoadShipped()
    {
        using var stream = typeof(SocialValueModels).Assembly.GetManifestResourceStream("Steward.Core.Tenders.SocialValueModels.json")
            ?? throw new InvalidOperationException("The shipped Social Value Model reference data is missing from Steward.Core.");
        using var document = JsonDocument.Parse(stream);
        var read = Read(document.RootElement);
        return read.IsSuccess ? read.Value : throw new InvalidOperationException($"The shipped Social Value Model reference data is invalid: {read.Error!.Message}");
    }
}

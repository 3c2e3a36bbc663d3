using System.Globalization;
using System.Text.Json;
using Steward.Core.Suppliers;

namespace Steward.Data.Suppliers;

/// <summary>
/// A stored profile as JSON for people and tools (<c>steward suppliers show</c>, <c>/api/register/profiles/{id}</c>):
/// the profile, its five classifications, whether each rests on current evidence, the reinvestment measure and the
/// history of changes.
/// </summary>
public static class ProfileDocument
{
    public static void Write(Utf8JsonWriter writer, StoredProfile stored, IReadOnlyList<ProfileChange> history, ClassificationRules rules, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(history);
        var classification = SupplierClassifier.Classify(stored.Profile, rules);
        writer.WriteStartObject();
        writer.WriteString("id", stored.Id);
        writer.WriteString("name", stored.Name);
        writer.WriteString("organisationId", stored.OrganisationId);
        writer.WriteString("linkedBy", stored.LinkedBy);
        writer.WriteNumber("version", stored.Version);
        writer.WriteString("updatedAt", stored.UpdatedAt);
        writer.WriteString("updatedBy", stored.UpdatedBy);
        writer.WritePropertyName("profile");
        using (var document = JsonDocument.Parse(stored.Json))
        {
            document.RootElement.WriteTo(writer);
        }

        writer.WritePropertyName("classifications");
        ClassificationJson.Write(writer, classification);
        writer.WriteStartObject("evidence");
        writer.WriteString("asOf", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var (key, value) in classification.All)
        {
            writer.WriteStartObject(key);
            writer.WriteBoolean("verified", EvidenceCheck.IsVerified(value, stored.Profile.Evidence, day));
            writer.WriteStartArray("unverifiedFields");
            foreach (var field in EvidenceCheck.Unverified(value, stored.Profile.Evidence, day))
            {
                writer.WriteStringValue(field);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        var reinvestment = ReinvestmentMeasure.Score(stored.Profile, rules);
        writer.WriteStartObject("reinvestment");
        if (reinvestment.Score is { } score)
        {
            writer.WriteNumber("score", score);
        }
        else
        {
            writer.WriteNull("score");
        }

        Strings(writer, "components", reinvestment.Components);
        Strings(writer, "missing", reinvestment.Missing);
        writer.WriteString("caution", ReinvestmentMeasure.Caution);
        writer.WriteEndObject();
        writer.WriteStartArray("history");
        foreach (var change in history)
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", change.Version);
            writer.WriteString("changedAt", change.ChangedAt);
            writer.WriteString("changedBy", change.ChangedBy);
            writer.WriteString("action", change.Action);
            Strings(writer, "fields", change.Fields);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}

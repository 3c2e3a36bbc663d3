using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Ocds.Reading;
using Steward.Ocds.Writing;

namespace Steward.Ocds.Upgrading;

/// <summary>
/// Rewrites OCDS input as OCDS 1.1, document by document in the shape it came in: releases and records that are
/// 1.0 are upgraded (<see cref="Upgrade10To11"/>), and a package's <c>version</c> becomes "1.1" (added when the
/// package lacked it, which in 1.0 was allowed). Data that is already 1.1 passes through unchanged.
/// </summary>
public static class OcdsUpgrade
{
    /// <summary>Upgrades everything <paramref name="reader"/> reads into <paramref name="output"/>; returns how many releases and records changed.</summary>
    public static long Rewrite(OcdsReader reader, Stream output) =>
        new DocumentRewriter(output).Rewrite(reader, UpgradeRelease, UpgradeRecord, Version, AddVersion);

    private static bool UpgradeRelease(JsonObject release, RewriteContext context) =>
        Is10(context, () => OcdsVersion.LooksLike10(JsonSerializer.SerializeToElement(release))) && Upgrade10To11.UpgradeRelease(release);

    private static bool UpgradeRecord(JsonObject record, RewriteContext context) =>
        Is10(context, () => OcdsVersion.IsRecord10(record) && RecordLooksLike10(record)) && Upgrade10To11.UpgradeRecord(record);

    /// <summary>A package says what it is; a lone release or record is judged by its shape.</summary>
    private static bool Is10(RewriteContext context, Func<bool> byShape) =>
        context.IsPackage && context.VersionKnown ? OcdsVersion.IsVersion10(context.DeclaredVersion) : byShape();

    private static bool RecordLooksLike10(JsonObject record) =>
        record["releases"] is JsonArray releases &&
        releases.OfType<JsonObject>().Any(r => OcdsVersion.LooksLike10(JsonSerializer.SerializeToElement(r)));

    private static JsonNode? Version(string name, JsonNode? value, RewriteContext context) =>
        name == "version" && OcdsVersion.IsVersion10(value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.ToString() : null)
            ? JsonValue.Create("1.1")
            : value;

    private static void AddVersion(Utf8JsonWriter writer, RewriteContext context, IReadOnlySet<string> fieldsWritten)
    {
        if (!fieldsWritten.Contains("version"))
        {
            writer.WriteString("version", "1.1");
        }
    }
}

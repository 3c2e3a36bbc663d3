using System.Globalization;
using System.Text.Json;
using Steward.Data.Analytics;

namespace Steward.Data.Portal;

/// <summary>Processes' descriptions (<c>tender.description</c> and the release's own), read from their compiled releases: for downloads.</summary>
public static class ProcessDescriptions
{
    /// <summary>The descriptions of <paramref name="ocids"/>, read 200 at a time, without holding a thread while the database works.</summary>
    public static async Task<IReadOnlyDictionary<string, (string? Tender, string? Release)>> ReadAsync(DatabaseTarget target, IReadOnlyList<string> ocids,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(ocids);
        DatabaseMigrator.EnsureReady(target);
        return await DatabaseMigrator.GuardAsync<IReadOnlyDictionary<string, (string?, string?)>>(target, async () =>
        {
            await using var connection = await StoreQuery.OpenAsync(target, cancellation).ConfigureAwait(false);
            var found = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
            foreach (var chunk in ocids.Chunk(200))
            {
                var names = chunk.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@o{i}")).ToList();
                foreach (var (ocid, compiled) in await StoreQuery.ListAsync(connection, $"SELECT ocid, compiled FROM records WHERE ocid IN ({string.Join(", ", names)})",
                             StoreQuery.With([.. chunk.Select((o, i) => (names[i], (object?)o))]), r => (r.GetString(0), r.Text(1)), cancellation).ConfigureAwait(false))
                {
                    found[ocid] = Of(compiled);
                }
            }

            return found;
        }).ConfigureAwait(false);
    }

    /// <summary><c>tender.description</c> and the release's own <c>description</c> of one compiled release.</summary>
    internal static (string? Tender, string? Release) Of(string? compiled)
    {
        if (compiled is null)
        {
            return (null, null);
        }

        using var document = JsonDocument.Parse(compiled);
        static string? Text(JsonElement element) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String
                ? description.GetString()
                : null;
        var root = document.RootElement;
        return (root.TryGetProperty("tender", out var tender) ? Text(tender) : null, Text(root));
    }
}

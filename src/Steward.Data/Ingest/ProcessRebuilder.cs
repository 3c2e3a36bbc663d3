using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Core.Processes;
using Steward.Ocds;
using Steward.Ocds.Merging;
using Steward.Ocds.Normalisation;

namespace Steward.Data.Ingest;

/// <summary>
/// Recompiles the processes an import touched (temporary table <c>affected_ocids</c>), a chunk at a time: merges
/// each process's stored releases, normalises the UK quirks, stores the compiled release as its record, and
/// replaces its rows in the analytic tables.
/// </summary>
internal sealed class ProcessRebuilder(StoreSession session, ReleaseMerger merger, OrganisationResolver organisations)
{
    private const int ChunkSize = 256;

    private readonly UkNormaliser _normaliser = new();

    /// <summary>Rebuilds every affected process; returns how many, and reports progress after each chunk.</summary>
    public long Rebuild(DateTime now, Action<long> progress)
    {
        var ocids = new List<string>();
        using (var command = session.Command($"SELECT ocid FROM {ReleaseApplier.Affected} ORDER BY ocid"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ocids.Add(reader.GetString(0));
            }
        }

        for (var start = 0; start < ocids.Count; start += ChunkSize)
        {
            RebuildChunk(ocids.GetRange(start, Math.Min(ChunkSize, ocids.Count - start)), now);
            progress(Math.Min(start + ChunkSize, ocids.Count));
        }

        return ocids.Count;
    }

    private void RebuildChunk(List<string> ocids, DateTime now)
    {
        var placeholders = string.Join(", ", ocids.Select((_, i) => StoreSession.Parameter(i)));
        var releases = ocids.ToDictionary(o => o, _ => new List<string>(), StringComparer.Ordinal);
        var firstPublished = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        using (var command = session.Command($"SELECT ocid, json, date FROM releases WHERE ocid IN ({placeholders}) ORDER BY ocid, id", ocids.ToArray<object?>()))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var ocid = reader.GetString(0);
                releases[ocid].Add(reader.GetString(1));
                if (reader.IsDBNull(2))
                {
                    continue;
                }

                var date = DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc);
                if (!firstPublished.TryGetValue(ocid, out var first) || date < first)
                {
                    firstPublished[ocid] = date;
                }
            }
        }

        var rows = new ProcessRows();
        foreach (var ocid in ocids)
        {
            var (facts, json) = Compile(ocid, releases[ocid]);
            rows.Add(facts with { Ocid = ocid }, json, releases[ocid].Count, firstPublished.TryGetValue(ocid, out var first) ? first : null, now, organisations);
        }

        // Explicitly first, so that SQLite's triggers take the rows out of the full-text index too.
        session.Execute($"DELETE FROM search_texts WHERE ocid IN ({placeholders})", ocids.ToArray<object?>());
        session.Execute($"DELETE FROM processes WHERE ocid IN ({placeholders})", ocids.ToArray<object?>());
        session.Execute($"DELETE FROM records WHERE ocid IN ({placeholders})", ocids.ToArray<object?>());
        rows.Write(session, organisations.TakeAdded());
    }

    /// <summary>The process's compiled release, normalised, as JSON, with its facts.</summary>
    private (ProcessFacts Facts, string Json) Compile(string ocid, List<string> releaseJson)
    {
        var documents = releaseJson.Select(json => JsonDocument.Parse(json)).ToList();
        try
        {
            var merged = merger.Merge(ocid, documents.Select(d => d.RootElement).ToList());
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
            using (var writer = new Utf8JsonWriter(buffer, OcdsJson.WriterOptions))
            {
                merged.WriteCompiled(writer);
            }

            var node = JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
            _normaliser.Normalise(node);
            var json = node.ToJsonString(OcdsJson.SerializerOptions);
            using var clean = JsonDocument.Parse(json);
            return (ProcessFactsReader.Read(clean.RootElement), json);
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }
}

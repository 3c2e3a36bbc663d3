using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Ocds.Merging;
using Steward.Ocds.Reading;
using Steward.Ocds.Upgrading;

namespace Steward.Ocds.Compiling;

/// <summary>
/// Compiles releases into one record per process: reads any number of inputs (every shape the reader knows),
/// upgrades OCDS 1.0 on the way in, groups releases by <c>ocid</c> in bounded memory, and merges each group.
/// Records in the input contribute their embedded releases; a record whose releases are only linked contributes
/// its published compiledRelease.
/// </summary>
public sealed class OcdsCompiler : IDisposable
{
    private readonly CompileOptions _options;
    private readonly ReleaseGrouper _grouper;
    private readonly List<PackageInfo> _packages = [];
    private readonly List<OcdsProblem> _problems = [];
    private long _upgraded;

    public OcdsCompiler(CompileOptions? options = null)
    {
        _options = options ?? new CompileOptions();
        _grouper = new ReleaseGrouper(_options.Grouping);
    }

    /// <summary>Problems met so far: releases that could not be used, and warnings from merging.</summary>
    public IReadOnlyList<OcdsProblem> Problems => _problems;

    /// <summary>The input documents read, with their package metadata.</summary>
    public IReadOnlyList<PackageInfo> Packages => _packages;

    /// <summary>Reads every release and record of one input.</summary>
    /// <exception cref="OcdsReadException">The input is not readable OCDS.</exception>
    public void Read(OcdsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        PackageInfo? package = null;
        while (reader.Read() is { } next)
        {
            switch (next.Kind)
            {
                case OcdsEventKind.DocumentStart:
                    package = new PackageInfo(reader.Source, next.Document.Shape);
                    _packages.Add(package);
                    break;
                case OcdsEventKind.PackageField:
                    package!.Observe(next.Name!, next.Value);
                    break;
                case OcdsEventKind.Release:
                    AddRelease(next.Value, null, next.Location);
                    break;
                case OcdsEventKind.Record:
                    AddRecord(next.Value, next.Location);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// Writes one compiled (or, with <see cref="CompileOptions.Versioned"/>, versioned) release per line, merged
    /// with <paramref name="rules"/> (which may depend on the extensions the inputs declared; see <see cref="Packages"/>).
    /// </summary>
    public CompileSummary WriteReleases(Stream output, MergeRules rules)
    {
        ArgumentNullException.ThrowIfNull(output);
        var merger = new ReleaseMerger(rules);
        long records = 0;
        foreach (var rendered in RenderInParallel(group => Render(group, merger, asRecord: false)))
        {
            output.Write(rendered.Json);
            output.WriteByte((byte)'\n');
            Report(rendered.Warnings, rendered.Group);
            records++;
        }

        output.Flush();
        return new CompileSummary(_grouper.Count, records, _upgraded, _grouper.RunCount);
    }

    /// <summary>
    /// Writes one record package: the metadata in <paramref name="header"/> (publisher, license and policy default
    /// to the last input package's), every input package's extensions and uri, and one record per process with its
    /// releases (embedded, or linked with <see cref="CompileOptions.LinkedReleases"/>), its compiledRelease and,
    /// with <see cref="CompileOptions.Versioned"/>, its versionedRelease.
    /// </summary>
    public CompileSummary WriteRecordPackage(Stream output, RecordPackageHeader header, MergeRules rules)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        var merger = new ReleaseMerger(rules);
        using (var writer = new Utf8JsonWriter(output, OcdsJson.WriterOptions))
        {
            writer.WriteStartObject();
            WriteHeader(writer, header);
            writer.WritePropertyName("records");
            writer.Flush();
        }

        output.WriteByte((byte)'[');
        long records = 0;
        foreach (var rendered in RenderInParallel(group => Render(group, merger, asRecord: true)))
        {
            if (records > 0)
            {
                output.WriteByte((byte)',');
            }

            output.Write(rendered.Json);
            Report(rendered.Warnings, rendered.Group);
            records++;
        }

        output.Write("]}\n"u8);
        output.Flush();
        return new CompileSummary(_grouper.Count, records, _upgraded, _grouper.RunCount);
    }

    public void Dispose() => _grouper.Dispose();

    private void AddRelease(JsonElement release, string? recordOcid, SourceLocation location)
    {
        var ocid = release.TryGetProperty("ocid", out var ocidValue) && ocidValue.ValueKind == JsonValueKind.String
            ? ocidValue.GetString()
            : recordOcid;
        if (string.IsNullOrEmpty(ocid))
        {
            _problems.Add(new OcdsProblem(ProblemSeverity.Error, "release-without-ocid",
                "this release has no ocid (a non-empty string), so it cannot be compiled; it was left out")
            {
                Location = location,
                ReleaseId = IdOf(release),
                JsonPath = location.JsonPath,
            });
            return;
        }

        // Whether it is OCDS 1.0 is decided when it is merged, once every package field (even one after the
        // releases) has been read.
        _grouper.Add(ocid, JsonMarshal.GetRawUtf8Value(release), new ReleaseOrigin(_packages.Count - 1, location.Line, location.ByteOffset));
    }

    private void AddRecord(JsonElement record, SourceLocation location)
    {
        var ocid = record.TryGetProperty("ocid", out var ocidValue) && ocidValue.ValueKind == JsonValueKind.String
            ? ocidValue.GetString()
            : null;
        var embedded = 0;
        if (record.TryGetProperty("releases", out var releases) && releases.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var release in releases.EnumerateArray())
            {
                if (release.ValueKind == JsonValueKind.Object && !IsLinkedRelease(release))
                {
                    AddRelease(release, ocid, location.WithPath($"{location.JsonPath}/releases/{index}"));
                    embedded++;
                }

                index++;
            }
        }

        if (embedded > 0)
        {
            return;
        }

        if (record.TryGetProperty("compiledRelease", out var compiled) && compiled.ValueKind == JsonValueKind.Object)
        {
            _problems.Add(new OcdsProblem(ProblemSeverity.Warning, "record-linked-releases-only",
                "this record's releases are only linked, not embedded, so its published compiledRelease was used as it is")
            {
                Location = location,
                Ocid = ocid,
            });
            AddRelease(compiled, ocid, location);
            return;
        }

        _problems.Add(new OcdsProblem(ProblemSeverity.Error, "record-without-releases",
            "this record has neither embedded releases nor a compiledRelease, so there is nothing to compile")
        {
            Location = location,
            Ocid = ocid,
        });
    }

    /// <summary>A linked release: a <c>url</c> and at most <c>date</c> and <c>tag</c> beside it (OCDS Kit's test).</summary>
    private static bool IsLinkedRelease(JsonElement release)
    {
        if (!release.TryGetProperty("url", out _))
        {
            return false;
        }

        var count = 0;
        foreach (var unused in release.EnumerateObject())
        {
            count++;
        }

        return count <= 3;
    }

    /// <summary>
    /// Merges groups on every core while the grouper reads on, and gives the results back in group (ocid) order.
    /// </summary>
    private ParallelQuery<Rendered> RenderInParallel(Func<ReleaseGroup, Rendered> render) =>
        _grouper.Groups()
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(render);

    /// <summary>Merges one group and writes its compiled or versioned release, or its whole record, to bytes.</summary>
    private Rendered Render(ReleaseGroup group, ReleaseMerger merger, bool asRecord)
    {
        var documents = group.Releases.Select((bytes, i) => ParseUpgraded(bytes, _packages[group.Origins[i].Source])).ToList();
        try
        {
            var releases = documents.Select(d => d.RootElement).ToList();
            var buffer = new ArrayBufferWriter<byte>(8192);
            using var writer = new Utf8JsonWriter(buffer, OcdsJson.WriterOptions);
            MergedProcess merged;
            if (!asRecord)
            {
                merged = merger.Merge(group.Ocid, releases, _options.Versioned);
                if (_options.Versioned)
                {
                    merged.WriteVersioned(writer);
                }
                else
                {
                    merged.WriteCompiled(writer);
                }
            }
            else
            {
                merged = merger.Merge(group.Ocid, releases);
                writer.WriteStartObject();
                writer.WriteString("ocid", group.Ocid);
                writer.WriteStartArray("releases");
                for (var i = 0; i < releases.Count; i++)
                {
                    WriteRecordRelease(writer, releases[i], group.Origins[i]);
                }

                writer.WriteEndArray();
                writer.WritePropertyName("compiledRelease");
                merged.WriteCompiled(writer);
                if (_options.Versioned)
                {
                    writer.WritePropertyName("versionedRelease");
                    merger.Merge(group.Ocid, releases, versioned: true).WriteVersioned(writer);
                }

                writer.WriteEndObject();
            }

            writer.Flush();
            return new Rendered(buffer.WrittenSpan.ToArray(), merged.Warnings, group);
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    private void WriteRecordRelease(Utf8JsonWriter writer, JsonElement release, ReleaseOrigin origin)
    {
        var uri = _packages[origin.Source].Uri;
        if (!_options.LinkedReleases || string.IsNullOrEmpty(uri))
        {
            PersonalData.WriteRedacted(writer, release);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("url", $"{uri}#{IdOf(release)}");
        if (release.TryGetProperty("date", out var date))
        {
            writer.WritePropertyName("date");
            date.WriteTo(writer);
        }

        if (release.TryGetProperty("tag", out var tag))
        {
            writer.WritePropertyName("tag");
            tag.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private void WriteHeader(Utf8JsonWriter writer, RecordPackageHeader header)
    {
        var last = _packages.LastOrDefault(p => p.Shape is OcdsShape.ReleasePackage or OcdsShape.RecordPackage);
        writer.WriteString("uri", header.Uri);
        if (header.Publisher is { } publisher)
        {
            writer.WritePropertyName("publisher");
            publisher.WriteTo(writer);
        }
        else if (last?.Publisher is { } inherited)
        {
            writer.WritePropertyName("publisher");
            inherited.WriteTo(writer);
        }

        writer.WriteString("publishedDate", header.PublishedDate);
        if ((header.License ?? last?.License) is { } license)
        {
            writer.WriteString("license", license);
        }

        if ((header.PublicationPolicy ?? last?.PublicationPolicy) is { } policy)
        {
            writer.WriteString("publicationPolicy", policy);
        }

        writer.WriteString("version", "1.1");
        var extensions = _packages.SelectMany(p => p.Extensions).Distinct(StringComparer.Ordinal).ToList();
        if (extensions.Count > 0)
        {
            writer.WriteStartArray("extensions");
            extensions.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        }

        var packageUris = _packages.Where(p => p.Shape == OcdsShape.ReleasePackage && !string.IsNullOrEmpty(p.Uri))
            .Select(p => p.Uri!).Distinct(StringComparer.Ordinal).ToList();
        if (packageUris.Count > 0)
        {
            writer.WriteStartArray("packages");
            packageUris.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        }
    }

    private void Report(IReadOnlyList<MergeWarning> warnings, ReleaseGroup group)
    {
        foreach (var warning in warnings)
        {
            var origin = group.Origins[0];
            _problems.Add(new OcdsProblem(ProblemSeverity.Warning, "merge", warning.Message)
            {
                Location = new SourceLocation(_packages[origin.Source].Source, origin.Line, origin.ByteOffset),
                Ocid = warning.Ocid,
                ReleaseId = warning.ReleaseId,
                JsonPath = warning.Path,
            });
        }
    }

    /// <summary>
    /// Parses a release, upgrading it first when it is OCDS 1.0: its package says 1.0 (or has no version), or,
    /// outside a package, its shape is 1.0.
    /// </summary>
    private JsonDocument ParseUpgraded(ReadOnlyMemory<byte> bytes, PackageInfo package)
    {
        var document = JsonDocument.Parse(bytes);
        var is10 = package.VersionSeen ? OcdsVersion.IsVersion10(package.Version) : OcdsVersion.LooksLike10(document.RootElement);
        if (!is10 || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return document;
        }

        var node = JsonNode.Parse(bytes.Span)!.AsObject();
        document.Dispose();
        if (Upgrade10To11.UpgradeRelease(node))
        {
            Interlocked.Increment(ref _upgraded);
        }

        return JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(node, OcdsJson.SerializerOptions));
    }

    /// <summary>One merged group, written out, with what the merge had to say.</summary>
    private sealed record Rendered(byte[] Json, IReadOnlyList<MergeWarning> Warnings, ReleaseGroup Group);

    private static string? IdOf(JsonElement release) =>
        release.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? id.ToString()
            : null;
}

namespace Steward.Data.Ingest;

/// <summary>Hears how an import is going, to show a progress bar or plain lines.</summary>
public interface IImportProgress
{
    /// <summary>An input starts; <paramref name="length"/> is its size in bytes when known.</summary>
    void Started(string source, long? length);

    /// <summary>Bytes of the input read so far (of the file as stored, compressed or not) and releases read.</summary>
    void Reading(long bytes, long releases);

    /// <summary>Processes recompiled so far, of how many.</summary>
    void Compiling(long done, long total);

    /// <summary>The input is stored (committed).</summary>
    void Finished(ImportResult result);
}

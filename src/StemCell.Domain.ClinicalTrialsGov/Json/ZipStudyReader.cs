using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;

namespace StemCell.Domain.ClinicalTrialsGov.Json;

/// <summary>
/// Reads a bulk download zip entry by entry: each <c>.json</c> entry is streamed through one reused
/// <see cref="JsonInput"/> window, so memory does not grow with the zip's size or its number of studies (beyond the
/// zip's own directory of entries, which <see cref="ZipArchive"/> keeps).
/// </summary>
internal sealed class ZipStudyReader : IDisposable
{
    private readonly string _source;
    private readonly Stream? _temporaryCopy;
    private readonly ZipArchive _archive;
    private readonly IEnumerator<ZipArchiveEntry> _entries;
    private readonly JsonInput _input;
    private readonly ApiV2StudyParser _parser = new();
    private Stream? _entryStream;
    private ApiV2DocumentReader? _document;
    private string? _entryNctId;
    private int _count;

    internal ZipStudyReader(Stream zip, string source)
    {
        _source = source;
        var seekable = zip;
        if (!zip.CanSeek)
        {
            // ZipArchive copies a stream it cannot seek into memory; a temporary file keeps memory flat instead.
            _temporaryCopy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            zip.CopyTo(_temporaryCopy);
            _temporaryCopy.Position = 0;
            seekable = _temporaryCopy;
        }

        try
        {
            _archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            _temporaryCopy?.Dispose();
            throw new ClinicalTrialsGovFormatException(source, null, "is not a zip file (or its directory of entries is damaged); expected a ClinicalTrials.gov bulk download of one JSON file per study", e);
        }

        _entries = _archive.Entries.GetEnumerator();
        _input = new JsonInput(Stream.Null);
    }

    internal bool TryReadNext([NotNullWhen(true)] out ClinicalTrialsGovReadResult? result)
    {
        while (true)
        {
            if (_document is null && !OpenNextEntry(out result))
            {
                return result is not null;
            }

            var document = _document!;
            try
            {
                if (document.TryReadNext(out result))
                {
                    _count++;
                    return true;
                }
            }
            catch (ClinicalTrialsGovFormatException e)
            {
                result = EntryError(document, e.Message);
                return true;
            }
            catch (InvalidDataException e)
            {
                result = EntryError(document, $"{EntrySource}: the entry's compressed data is damaged ({e.Message})");
                return true;
            }

            CloseEntry();
        }
    }

    public void Dispose()
    {
        CloseEntry();
        _entries.Dispose();
        _archive.Dispose();
        _input.Dispose();
        _temporaryCopy?.Dispose();
    }

    private string EntrySource => $"{_source}!{_entries.Current.FullName}";

    /// <summary>Opens the next JSON entry; false at the end of the zip, or with an error result when the entry cannot be opened.</summary>
    private bool OpenNextEntry(out ClinicalTrialsGovReadResult? result)
    {
        result = null;
        while (_entries.MoveNext())
        {
            var entry = _entries.Current;
            if (!entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith('/'))
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(entry.Name);
            _entryNctId = name.Length == 11 && name.StartsWith("NCT", StringComparison.Ordinal) && name.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0 ? name : null;
            try
            {
                _entryStream = entry.Open();
            }
            catch (InvalidDataException e)
            {
                _count++;
                result = new ClinicalTrialsGovReadResult { Source = EntrySource, Position = _count, NctId = _entryNctId, Error = $"{EntrySource}: the entry cannot be opened ({e.Message})" };
                return false;
            }

            _input.Reset(_entryStream);
            _document = new ApiV2DocumentReader(_input, EntrySource, ApiV2Shape.Any, _count + 1, _parser);
            return true;
        }

        return false;
    }

    private ClinicalTrialsGovReadResult EntryError(ApiV2DocumentReader document, string message)
    {
        _count++;
        var result = new ClinicalTrialsGovReadResult
        {
            Source = EntrySource,
            Position = _count,
            NctId = document.Count == 0 ? _entryNctId : null,
            Error = message,
        };
        CloseEntry();
        return result;
    }

    private void CloseEntry()
    {
        _entryStream?.Dispose();
        _entryStream = null;
        _document = null;
    }
}

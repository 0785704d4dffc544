using System.Collections.Immutable;
using StemCell.Domain.ClinicalTrialsGov.Json;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>Reads ClinicalTrials.gov registry files into <see cref="ClinicalTrialsGovRecord"/>s, one <see cref="ClinicalTrialsGovReadResult"/> per record.</summary>
/// <remarks>
/// <para>
/// The API v2 readers take UTF-8 JSON as the registry serves it: a study (<c>GET /api/v2/studies/{nctId}</c>), a
/// search page (<c>GET /api/v2/studies</c>), the website's "Download → JSON" export (a bare array of studies), or a
/// bulk download zip of one JSON file per study. They read each study in one pass over the tokens, without building
/// a document of it: properties and modules the library does not read (<c>resultsSection</c> among them) are
/// skipped, so memory stays bounded by the largest single value, not the largest study or file.
/// </para>
/// <para>
/// A coded value the library does not know is kept as its text and reported in the result's warnings, with its JSON
/// path. A study with a problem (a value of the wrong type, a missing or malformed NCT number, an enrollment count
/// that is not a whole number, a date that is not one) is given as a result with an error naming every problem and
/// its JSON path, and the other studies are still read. Input that is not a registry document at all (an empty file,
/// truncated or malformed JSON, an HTML error page, binary data, JSON of another shape) throws
/// <see cref="ClinicalTrialsGovFormatException"/> naming the input and where in it.
/// </para>
/// <para>The methods are thread-safe: each call reads its own input with its own state.</para>
/// </remarks>
public static partial class ClinicalTrialsGovReader
{
    /// <summary>Reads one API v2 Study object, as <c>GET /api/v2/studies/{nctId}</c> returns it.</summary>
    /// <param name="utf8Json">The study's JSON in UTF-8; read to its end and not disposed.</param>
    /// <param name="sourceName">The input's name for results and messages, such as a file name or a URL.</param>
    /// <returns>The record, or the study's problems, with position 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="ClinicalTrialsGovFormatException">The input is not a single API v2 study: not JSON, or JSON of another shape (a search page, an array).</exception>
    public static ClinicalTrialsGovReadResult ReadStudy(Stream utf8Json, string sourceName)
    {
        ReaderArguments.CheckReadable(utf8Json, sourceName);
        using var input = new JsonInput(utf8Json);
        var reader = new ApiV2DocumentReader(input, sourceName, ApiV2Shape.Study);
        return reader.TryReadNext(out var result)
            ? result
            : throw new ClinicalTrialsGovFormatException(sourceName, null, "holds no study");
    }

    /// <summary>Reads one page of an API v2 search, as <c>GET /api/v2/studies</c> returns it.</summary>
    /// <param name="utf8Json">The page's JSON in UTF-8; read to its end and not disposed.</param>
    /// <param name="sourceName">The input's name for results and messages, such as a file name or a URL.</param>
    /// <returns>The page: a result per study, in the page's order, and the page's token and count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="ClinicalTrialsGovFormatException">The input is not an API v2 search page: not JSON, or JSON of another shape (a single study, an array).</exception>
    public static ClinicalTrialsGovSearchPage ReadSearchPage(Stream utf8Json, string sourceName)
    {
        ReaderArguments.CheckReadable(utf8Json, sourceName);
        using var input = new JsonInput(utf8Json);
        var reader = new ApiV2DocumentReader(input, sourceName, ApiV2Shape.Page);
        var results = ImmutableArray.CreateBuilder<ClinicalTrialsGovReadResult>();
        while (reader.TryReadNext(out var result))
        {
            results.Add(result);
        }

        return new ClinicalTrialsGovSearchPage
        {
            Results = results.DrainToImmutable(),
            NextPageToken = reader.NextPageToken,
            TotalCount = reader.TotalCount,
        };
    }

    /// <summary>Reads any API v2 JSON document: a single Study, a search page, or a website export (a bare array of Study objects).</summary>
    /// <param name="utf8Json">The JSON in UTF-8; read as the results are enumerated, and not disposed.</param>
    /// <param name="sourceName">The input's name for results and messages, such as a file name.</param>
    /// <returns>A result per study, in the document's order, read lazily one study at a time. A search page's token and count are not given here; <see cref="ReadSearchPage"/> gives them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="ClinicalTrialsGovFormatException">While enumerating: the input is not a registry document (not JSON, or JSON of another shape).</exception>
    public static IEnumerable<ClinicalTrialsGovReadResult> ReadJson(Stream utf8Json, string sourceName)
    {
        ReaderArguments.CheckReadable(utf8Json, sourceName);
        return ReadJsonLazily(utf8Json, sourceName);
    }

    /// <summary>Reads a bulk download zip: one API v2 JSON file per study (<c>NCT03280056.json</c>), entry by entry.</summary>
    /// <param name="zip">The zip; read as the results are enumerated, and not disposed. A stream that cannot seek is first copied to a temporary file, never into memory.</param>
    /// <param name="sourceName">The zip's name, such as <c>studies.zip</c>; each result's source is the entry in it, such as <c>studies.zip!NCT03280056.json</c>.</param>
    /// <returns>
    /// A result per study, in the zip's order of entries, read lazily one entry at a time; positions count the studies
    /// of the whole zip from 1. An entry that is not a registry document (malformed JSON, another shape) is a result
    /// with an error, with the NCT number its file name gives, and the other entries are still read. Entries whose
    /// names do not end in <c>.json</c>, and folders, are not studies and are passed over.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="zip"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="zip"/> cannot be read.</exception>
    /// <exception cref="ClinicalTrialsGovFormatException">While enumerating: the input is not a zip.</exception>
    public static IEnumerable<ClinicalTrialsGovReadResult> ReadZip(Stream zip, string sourceName)
    {
        ReaderArguments.CheckReadable(zip, sourceName);
        return ReadZipLazily(zip, sourceName);
    }

    private static IEnumerable<ClinicalTrialsGovReadResult> ReadJsonLazily(Stream utf8Json, string sourceName)
    {
        using var input = new JsonInput(utf8Json);
        var reader = new ApiV2DocumentReader(input, sourceName, ApiV2Shape.Any);
        while (reader.TryReadNext(out var result))
        {
            yield return result;
        }
    }

    private static IEnumerable<ClinicalTrialsGovReadResult> ReadZipLazily(Stream zip, string sourceName)
    {
        using var reader = new ZipStudyReader(zip, sourceName);
        while (reader.TryReadNext(out var result))
        {
            yield return result;
        }
    }
}

using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace StemCell.Domain.ClinicalTrialsGov.Json;

/// <summary>The document shapes a caller asks the API v2 reader for.</summary>
internal enum ApiV2Shape
{
    /// <summary>A single Study, a search page, or a bare array of Study objects (a website export), told apart by the document.</summary>
    Any,

    /// <summary>A single Study object.</summary>
    Study,

    /// <summary>A search page: <c>{"studies": [...], "nextPageToken": "...", "totalCount": n}</c>.</summary>
    Page,
}

/// <summary>
/// Reads an API v2 JSON document one study at a time: finds out what shape the document has, hands each study to
/// <see cref="ApiV2StudyParser"/>, and keeps a search page's token and count. A document that is not a registry
/// document at all, or not of the shape asked for, throws <see cref="ClinicalTrialsGovFormatException"/>.
/// </summary>
internal sealed class ApiV2DocumentReader
{
    private static readonly SearchValues<byte> NumberAndLiteralBytes = SearchValues.Create("0123456789+-.eEtruefalsn"u8);

    private readonly JsonInput _input;
    private readonly string _source;
    private readonly ApiV2Shape _expected;
    private readonly JsonPathStack _path;
    private readonly ApiV2StudyParser _parser;
    private State _state;
    private int _count;

    /// <param name="input">The document.</param>
    /// <param name="source">The document's name for results and messages.</param>
    /// <param name="expected">The shape the caller asks for.</param>
    /// <param name="firstPosition">The position of the document's first study.</param>
    /// <param name="parser">A parser to reuse, as for the entries of a zip, or null for a new one.</param>
    internal ApiV2DocumentReader(JsonInput input, string source, ApiV2Shape expected, int firstPosition = 1, ApiV2StudyParser? parser = null)
    {
        _input = input;
        _source = source;
        _expected = expected;
        _parser = parser ?? new ApiV2StudyParser();
        _path = _parser.Path;
        FirstPosition = firstPosition;
    }

    private enum State
    {
        Start,
        InArray,
        InPage,
        End,
    }

    /// <summary>Gets the position the first study of the document has.</summary>
    internal int FirstPosition { get; }

    /// <summary>Gets how many results the reader has given so far.</summary>
    internal int Count => _count;

    /// <summary>Gets a value indicating whether the document is a search page.</summary>
    internal bool IsPage { get; private set; }

    /// <summary>Gets the search page's token for the next page, or null.</summary>
    internal string? NextPageToken { get; private set; }

    /// <summary>Gets the search page's total count, or null.</summary>
    internal int? TotalCount { get; private set; }

    /// <summary>Reads the next study.</summary>
    /// <returns>False when the document has no more.</returns>
    /// <exception cref="ClinicalTrialsGovFormatException">The input is not a registry document of the shape asked for.</exception>
    internal bool TryReadNext([NotNullWhen(true)] out ClinicalTrialsGovReadResult? result)
    {
        try
        {
            var c = _input.Open();
            try
            {
                return Step(ref c, out result);
            }
            finally
            {
                c.Commit();
            }
        }
        catch (JsonException e)
        {
            _state = State.End;
            throw NotJson(e);
        }
    }

    private bool Step(ref JsonCursor c, [NotNullWhen(true)] out ClinicalTrialsGovReadResult? result)
    {
        switch (_state)
        {
            case State.Start:
                if (!c.TryRead())
                {
                    throw Empty();
                }

                if (c.TokenType == JsonTokenType.StartArray)
                {
                    if (_expected != ApiV2Shape.Any)
                    {
                        throw WrongShape("$", $"is a JSON array (a website export of studies), not {ExpectedShape}; ClinicalTrialsGovReader.ReadJson reads it");
                    }

                    _state = State.InArray;
                    return NextElement(ref c, out result);
                }

                if (c.TokenType != JsonTokenType.StartObject)
                {
                    throw WrongShape("$", $"is a single JSON value, not {ExpectedShape}");
                }

                return RootProperties(ref c, out result);

            case State.InArray or State.InPage:
                return NextElement(ref c, out result);

            default:
                result = null;
                return false;
        }
    }

    /// <summary>Reads the root object's properties until a study or the page's studies start, or the object ends.</summary>
    private bool RootProperties(ref JsonCursor c, [NotNullWhen(true)] out ClinicalTrialsGovReadResult? result)
    {
        var sawPageProperty = IsPage;
        while (true)
        {
            c.Read();
            if (c.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (c.ValueTextEquals("nextPageToken"u8))
            {
                sawPageProperty = true;
                NextPageToken = ReadPageToken(ref c);
            }
            else if (c.ValueTextEquals("totalCount"u8))
            {
                sawPageProperty = true;
                TotalCount = ReadTotalCount(ref c);
            }
            else if (IsPage)
            {
                // After the studies: anything else is the page's, and not ours to read.
                c.Skip();
            }
            else if (c.ValueTextEquals("studies"u8))
            {
                if (_expected == ApiV2Shape.Study)
                {
                    throw WrongShape("$.studies", "is a search page, not a single study; ClinicalTrialsGovReader.ReadSearchPage or ReadJson reads it");
                }

                c.Read();
                if (c.TokenType != JsonTokenType.StartArray)
                {
                    throw WrongShape("$.studies", $"expected the page's array of studies, found {JsonTokenText.Describe(c.TokenType)}");
                }

                IsPage = true;
                _state = State.InPage;
                return NextElement(ref c, out result);
            }
            else if (IsStudyProperty(ref c))
            {
                if (_expected == ApiV2Shape.Page)
                {
                    throw WrongShape("$", "is a single study, not a search page; ClinicalTrialsGovReader.ReadStudy or ReadJson reads it");
                }

                _path.Clear();
                result = _parser.Parse(ref c, _source, FirstPosition);
                _count = 1;
                End(ref c);
                return true;
            }
            else
            {
                c.Skip();
            }
        }

        if (!sawPageProperty || _expected == ApiV2Shape.Study)
        {
            throw WrongShape("$", $"is a JSON object with neither a page's 'studies' nor a study's 'protocolSection': not {ExpectedShape}");
        }

        // A page that says only its count (or token) and lists no study.
        IsPage = true;
        End(ref c);
        result = null;
        return false;
    }

    private bool NextElement(ref JsonCursor c, [NotNullWhen(true)] out ClinicalTrialsGovReadResult? result)
    {
        c.Read();
        if (c.TokenType == JsonTokenType.EndArray)
        {
            if (_state == State.InPage)
            {
                return RootProperties(ref c, out result);
            }

            End(ref c);
            result = null;
            return false;
        }

        _path.Clear();
        if (_state == State.InPage)
        {
            _path.Push("studies");
        }

        _path.Push(_count);
        _count++;
        var position = FirstPosition + _count - 1;
        result = c.TokenType == JsonTokenType.StartObject
            ? _parser.Parse(ref c, _source, position)
            : _parser.NotAStudy(ref c, _source, position);
        return true;
    }

    private void End(ref JsonCursor c)
    {
        _state = State.End;

        // The reader itself rejects anything but white space after the root value.
        _ = c.TryRead();
    }

    private string? ReadPageToken(ref JsonCursor c)
    {
        c.Read();
        return c.TokenType switch
        {
            JsonTokenType.String => c.GetString(),
            JsonTokenType.Null => null,
            _ => throw WrongShape("$.nextPageToken", $"expected the next page's token (a string), found {JsonTokenText.Describe(c.TokenType)}"),
        };
    }

    private int? ReadTotalCount(ref JsonCursor c)
    {
        c.Read();
        if (c.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return c.TokenType == JsonTokenType.Number && c.TryGetInt32(out var count) && count >= 0
            ? count
            : throw WrongShape("$.totalCount", $"expected the number of studies found (a whole number), found {JsonTokenText.Describe(c.TokenType)}");
    }

    private static bool IsStudyProperty(ref JsonCursor c) =>
        c.ValueTextEquals("protocolSection"u8) || c.ValueTextEquals("derivedSection"u8) || c.ValueTextEquals("hasResults"u8)
        || c.ValueTextEquals("resultsSection"u8) || c.ValueTextEquals("annotationSection"u8) || c.ValueTextEquals("documentSection"u8);

    private string ExpectedShape => _expected switch
    {
        ApiV2Shape.Study => "a ClinicalTrials.gov API v2 study",
        ApiV2Shape.Page => "a ClinicalTrials.gov API v2 search page",
        _ => "a ClinicalTrials.gov API v2 study, search page or list of studies",
    };

    private ClinicalTrialsGovFormatException Empty() =>
        new(_source, null, $"is empty; expected {ExpectedShape}");

    private ClinicalTrialsGovFormatException WrongShape(string path, string message)
    {
        _state = State.End;
        return new(_source, path, message);
    }

    private ClinicalTrialsGovFormatException NotJson(JsonException e)
    {
        var truncated = $"ends before the JSON is complete (truncated?); expected {ExpectedShape}";
        if (e.LineNumber is not { } line)
        {
            // Thrown by the cursor, not the reader: the input ended inside a value, which the reader only reports
            // by having no more tokens.
            return new(_source, _input.EndLocation(), truncated, e);
        }

        var location = string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}");
        if (!_input.HasReadToken && DescribeStart(_input.Unread) is { } start)
        {
            return start.Length == 0 ? Empty() : new(_source, location, start, e);
        }

        return new(_source, location, _input.IsFinalBlock && EndsInsideAToken(_input.Unread) ? truncated : $"is not well-formed JSON; expected {ExpectedShape}", e);
    }

    /// <summary>
    /// Tells whether what follows the last token read is nothing, or the start of a token cut short: the input is
    /// truncated rather than wrong.
    /// </summary>
    private static bool EndsInsideAToken(ReadOnlySpan<byte> rest)
    {
        rest = rest.Trim(" \t\r\n"u8);
        if (rest.IsEmpty)
        {
            return true;
        }

        return rest[0] == (byte)'"'
            ? rest[1..].IndexOf((byte)'"') < 0
            : rest.IndexOfAnyExcept(NumberAndLiteralBytes) < 0;
    }

    /// <summary>Says what a document that fails at its first token looks like instead, or "" when it is only white space.</summary>
    private string? DescribeStart(ReadOnlySpan<byte> start)
    {
        var text = start.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty)
        {
            return "";
        }

        if (text[0] == (byte)'<')
        {
            return $"is not JSON: it starts with '<', as an HTML or XML page does (a server's error page?); expected {ExpectedShape}";
        }

        foreach (var b in text[..Math.Min(text.Length, 512)])
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return $"is not JSON text: it holds binary data (byte 0x{b:X2}); expected {ExpectedShape}";
            }
        }

        return null;
    }
}

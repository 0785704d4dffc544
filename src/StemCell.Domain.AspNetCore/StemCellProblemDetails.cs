using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;

namespace StemCell.Domain.AspNetCore;

/// <summary>Turns what the library found wrong with a document into RFC 9457 problem details.</summary>
public static class StemCellProblemDetails
{
    /// <summary>The title of every validation problem this package writes.</summary>
    public const string InvalidBodyTitle = "The request body is not valid.";

    /// <summary>
    /// Describes a JSON body that could not be read as a validation problem (status 400) whose <c>errors</c> are keyed
    /// by JSON path, each listing the messages of the problems found there.
    /// </summary>
    /// <param name="exception">
    /// What reading the body threw: a <see cref="StemCellJsonException"/> gives every problem it lists; any other
    /// <see cref="JsonException"/> (malformed JSON, or a problem in a type of the application's own) gives one, at its
    /// path, with its line and position.
    /// </param>
    /// <returns>The problem details, ready for <c>TypedResults.Problem</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static ValidationProblemDetails FromJsonException(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is StemCellJsonException { Problems.IsEmpty: false } stemCell
            ? FromProblems(stemCell.Problems)
            : FromProblems([new ValidationProblem(string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path, Describe(exception))]);
    }

    /// <summary>Describes problems found in a body as a validation problem (status 400) with <c>errors</c> keyed by JSON path.</summary>
    /// <param name="problems">The problems, each with its path; problems at the same path are listed together in order.</param>
    /// <returns>The problem details, ready for <c>TypedResults.Problem</c>.</returns>
    public static ValidationProblemDetails FromProblems(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var errors = problems
            .GroupBy(p => p.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
        return new ValidationProblemDetails(errors)
        {
            Title = InvalidBodyTitle,
            Status = StatusCodes.Status400BadRequest,
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Detail = errors.Count == 1 && errors.First().Value.Length == 1
                ? "1 problem; see errors, keyed by JSON path."
                : $"{errors.Sum(e => e.Value.Length)} problems; see errors, keyed by JSON path.",
        };
    }

    // System.Text.Json ends its messages with " Path: $.x | LineNumber: 0 | BytePositionInLine: 5."; the path is the
    // key already, and the line and position read better one-based.
    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var index = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (index < 0)
        {
            index = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        var text = index < 0 ? message : message[..index];
        return exception.LineNumber is { } line
            ? $"{text} (line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1})"
            : text;
    }
}

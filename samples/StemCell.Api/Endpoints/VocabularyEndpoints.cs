using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using StemCell.Domain.Vocabulary;

namespace StemCell.Api;

/// <summary><c>/vocabularies</c>: the shared vocabulary, by name and by code or synonym.</summary>
internal static class VocabularyEndpoints
{
    public static IEndpointRouteBuilder MapVocabularyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/vocabularies").WithTags("Vocabularies");
        group.MapGet("/", List).WithSummary("Every vocabulary, with how many terms it has.");
        group.MapGet("/{name}", Get).WithSummary("One vocabulary and its terms, in declaration order.");
        group.MapGet("/{name}/{code}", GetTerm).WithSummary("One term, by its code or a documented synonym in any case; always answers with the canonical term.");
        return app;
    }

    private static Ok<ImmutableArray<VocabularySummary>> List() =>
        TypedResults.Ok(Vocabularies.All.Select(v => new VocabularySummary(v.Name, v.Description, v.Terms.Length, $"/vocabularies/{v.Name}")).ToImmutableArray());

    private static Results<Ok<VocabularyDetail>, ProblemHttpResult> Get(string name) =>
        Vocabularies.TryFind(name, out var vocabulary)
            ? TypedResults.Ok(new VocabularyDetail(vocabulary.Name, vocabulary.Description, [.. vocabulary.Terms.Select(TermDetail.From)]))
            : ApiProblems.VocabularyNotFound(name);

    private static Results<Ok<TermDetail>, ProblemHttpResult> GetTerm(string name, string code)
    {
        if (!Vocabularies.TryFind(name, out var vocabulary))
        {
            return ApiProblems.VocabularyNotFound(name);
        }

        return vocabulary.TryFind(code, out var term) ? TypedResults.Ok(TermDetail.From(term)) : ApiProblems.TermNotFound(vocabulary.Name, code);
    }
}

/// <summary>A vocabulary in the list of vocabularies.</summary>
/// <param name="Name">The vocabulary's name, as in <c>/vocabularies/{name}</c>.</param>
/// <param name="Description">What the vocabulary is.</param>
/// <param name="Terms">How many terms it has.</param>
/// <param name="Href">Where its terms are.</param>
internal sealed record VocabularySummary(string Name, string Description, int Terms, string Href);

/// <summary>A vocabulary with its terms.</summary>
/// <param name="Name">The vocabulary's name.</param>
/// <param name="Description">What the vocabulary is.</param>
/// <param name="Terms">Its terms, in declaration order.</param>
internal sealed record VocabularyDetail(string Name, string Description, ImmutableArray<TermDetail> Terms);

/// <summary>A term of a vocabulary.</summary>
/// <param name="Vocabulary">The vocabulary's name.</param>
/// <param name="Code">The term's stable wire code.</param>
/// <param name="DisplayName">The term's name for people.</param>
/// <param name="Definition">What the term means.</param>
/// <param name="Synonyms">Other names that find the term.</param>
/// <param name="Codings">The term's codes in other code systems, each with its confidence and source.</param>
internal sealed record TermDetail(string Vocabulary, string Code, string DisplayName, string Definition, ImmutableArray<string> Synonyms, ImmutableArray<Coding> Codings)
{
    public static TermDetail From(IVocabularyTerm term) =>
        new(term.VocabularyName, term.Code, term.DisplayName, term.Definition, term.Synonyms, term.Codings);
}

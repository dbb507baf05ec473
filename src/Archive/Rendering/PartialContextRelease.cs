using System.Linq.Expressions;
using System.Reflection;
using HandlebarsDotNet;

namespace PaperArchive.Rendering;

/// <summary>
/// Gives back to Handlebars.Net's pool the context it makes for a partial called with an argument, a hash or a block
/// (<c>{{> chart chart}}</c>, <c>{{#> frame class="…"}}</c>, an inline partial's slot): Handlebars.Net 2.4 takes such a
/// context from its pool and never returns it, so every one of those calls allocated a new context (two 112-entry
/// dictionaries, about 11 KB), a fifth of what a 100,000-paper build allocated. The rewrite wraps each such call in
/// try/finally and disposes the context once the partial has rendered, as Handlebars.Net already does for the frames of
/// <c>#each</c> and <c>#with</c>. The partial runs to its end before the call returns, so nothing holds the context
/// after it. Runs on the expression trees before they are compiled; a tree without such a call is returned as it was.
/// </summary>
internal sealed class PartialContextRelease : IExpressionMiddleware
{
    private static readonly MethodInfo Dispose = typeof(IDisposable).GetMethod(nameof(IDisposable.Dispose))!;

    /// <summary>How many partial calls the rewrite has wrapped (for tests: a Handlebars.Net that renames the methods it
    /// looks for leaves this at zero).</summary>
    public int Released => _released;

    private int _released;

    public Expression<T> Invoke<T>(Expression<T> expression) where T : Delegate
    {
        var rewriter = new Rewriter();
        var rewritten = (Expression<T>)rewriter.Visit(expression);
        Interlocked.Add(ref _released, rewriter.Released);
        return rewritten;
    }

    private sealed class Rewriter : ExpressionVisitor
    {
        public int Released { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var visited = base.VisitMethodCall(node);
            if (visited is not MethodCallExpression { Method.Name: "InvokePartialWithFallback" } call || call.Type != typeof(void))
            {
                return visited;
            }

            var arguments = call.Arguments.ToArray();
            var index = Array.FindIndex(arguments, IsChildContext);
            if (index < 0)
            {
                return visited;
            }

            var context = Expression.Variable(typeof(BindingContext), "partialContext");
            var made = arguments[index];
            arguments[index] = context;
            Released++;
            return Expression.Block(
                typeof(void),
                [context],
                Expression.Assign(context, made),
                Expression.TryFinally(call.Update(call.Object, arguments), Expression.Call(context, Dispose)));
        }

        private static bool IsChildContext(Expression argument) =>
            argument is MethodCallExpression { Method.Name: "CreateChildContext" } made && made.Type == typeof(BindingContext);
    }
}

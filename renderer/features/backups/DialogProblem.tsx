// A failure shown inside an open dialog, where the user (and a screen reader) can perceive it:
// what happened, then each problem with where it is.

export interface Problem {
  title: string;
  details: string[];
}

export function DialogProblem({ problem }: { problem: Problem }) {
  return (
    <div role="alert" className="notice-error">
      <p className="notice-error-title">{problem.title}</p>
      {problem.details.length > 0 && (
        <ul>
          {problem.details.map((detail, index) => (
            <li key={index}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

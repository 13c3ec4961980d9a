export default function StartPage() {
  return (
    <>
      <h1>Know before you deploy</h1>
      <p className="lead">
        Find out what stands between your team and running containers in production, before it finds you.
      </p>
    </>
  );
}

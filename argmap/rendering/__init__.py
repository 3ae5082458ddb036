"""Drawing argument maps: DOT text, Graphviz diagrams and themes, annotated
HTML pages and Jupyter display."""

"""The knowledge base: loaders, chunking, embeddings, storage and hybrid retrieval."""

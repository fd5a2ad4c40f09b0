print("TODO: being written this session")
